from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_schema_attribute_default_type_4 as _user_schema_attribute_default_type_4
from . import user_schema_attribute_enum as _user_schema_attribute_enum
from . import user_schema_attribute_master as _user_schema_attribute_master
from . import user_schema_attribute_permission as _user_schema_attribute_permission
from .user_schema_attribute_format import UserSchemaAttributeFormat
from .user_schema_attribute_mutability_string import UserSchemaAttributeMutabilityString
from .user_schema_attribute_scope import UserSchemaAttributeScope
from .user_schema_attribute_type import UserSchemaAttributeType

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_attribute_default_type_4 import UserSchemaAttributeDefaultType4
    from .user_schema_attribute_enum import UserSchemaAttributeEnum
    from .user_schema_attribute_master import UserSchemaAttributeMaster
    from .user_schema_attribute_permission import UserSchemaAttributePermission


def _parse_default(v: Any, lazy: bool) -> Any:
    return _convert.parse_union((_user_schema_attribute_default_type_4.UserSchemaAttributeDefaultType4,), v)


_parse_format_ = _convert.enum_parser(UserSchemaAttributeFormat)


def _parse_master(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute_master.UserSchemaAttributeMaster.from_json(v)
            if lazy
            else _user_schema_attribute_master.UserSchemaAttributeMaster.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute_master.UserSchemaAttributeMaster, v)


_parse_mutability = _convert.enum_parser(UserSchemaAttributeMutabilityString)


def _parse_one_of(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _user_schema_attribute_enum.UserSchemaAttributeEnum.from_json
        if lazy
        else _user_schema_attribute_enum.UserSchemaAttributeEnum.from_dict,
        v,
    )


def _parse_permissions(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _user_schema_attribute_permission.UserSchemaAttributePermission.from_json
        if lazy
        else _user_schema_attribute_permission.UserSchemaAttributePermission.from_dict,
        v,
    )


_parse_scope = _convert.enum_parser(UserSchemaAttributeScope)

_parse_type_ = _convert.enum_parser(UserSchemaAttributeType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserSchemaAttribute(OktaModel):
    """An Okta `UserSchemaAttribute`.

    Attributes:
        default: If specified, assigns the value as the default value for the custom attribute. This is a
            nullable property. If you don't specify a value for this custom attribute during user
            creation or update, the `default` is used instead of setting the value to `null` or empty.
        description: Description of the property
        enum: Enumerated value of the property.

            The value of the property is limited to one of the values specified in the enum
            definition. The list of values for the enum must consist of unique elements.
        external_name (`externalName`): Name of the property as it exists in an external application

            **NOTE**: When you add a custom property, only Identity Provider app user schemas require
            `externalName` to be
            included in the request body. If an existing custom Identity Provider app user schema
            property has an empty
            `externalName`, requests aren't allowed to update other properties until the
            `externalName` is defined.
        external_namespace (`externalNamespace`): Namespace from the external application
        format_ (`format`): UserSchemaAttributeFormat
        master: UserSchemaAttributeMaster
        max_length (`maxLength`): Maximum character length of a string property
        min_length (`minLength`): Minimum character length of a string property
        mutability: UserSchemaAttributeMutabilityString
        one_of (`oneOf`): Non-empty array of valid JSON schemas.

            The `oneOf` key is only supported in conjunction with `enum` and provides a mechanism to
            return a display name for the `enum` value.<br>
            Each schema has the following format:

            ```
            {
              "const": "enumValue",
              "title": "display name"
            }
            ```

            When `enum` is used in conjunction with `oneOf`, you must keep the set of enumerated
            values and their order.<br>
            For example:

            ```
            "enum": ["S","M","L","XL"],
            "oneOf": [
                {"const": "S", "title": "Small"},
                {"const": "M", "title": "Medium"},
                {"const": "L", "title": "Large"},
                {"const": "XL", "title": "Extra Large"}
              ]
            ```
        pattern: For `string` property types, specifies the regular expression used to validate the
            property
        permissions: Access control permissions for the property
        required: Determines whether the property is required
        scope: UserSchemaAttributeScope
        title: User-defined display name for the property
        type_ (`type`): UserSchemaAttributeType
        unique: Determines whether property values must be unique
    """

    _json_names: ClassVar[dict[str, str]] = {
        "default": "default",
        "description": "description",
        "enum": "enum",
        "externalName": "external_name",
        "externalNamespace": "external_namespace",
        "format": "format_",
        "master": "master",
        "maxLength": "max_length",
        "minLength": "min_length",
        "mutability": "mutability",
        "oneOf": "one_of",
        "pattern": "pattern",
        "permissions": "permissions",
        "required": "required",
        "scope": "scope",
        "title": "title",
        "type": "type_",
        "unique": "unique",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "default": "any",
        "description": "str",
        "enum": "list:any",
        "external_name": "str",
        "external_namespace": "str",
        "format_": "enum",
        "master": "model",
        "max_length": "int",
        "min_length": "int",
        "mutability": "enum",
        "one_of": "list:model",
        "pattern": "str",
        "permissions": "list:model",
        "required": "bool",
        "scope": "enum",
        "title": "str",
        "type_": "enum",
        "unique": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "default": ("default", _parse_default),
        "description": ("description", None),
        "enum": ("enum", None),
        "external_name": ("externalName", None),
        "external_namespace": ("externalNamespace", None),
        "format_": ("format", _parse_format_),
        "master": ("master", _parse_master),
        "max_length": ("maxLength", None),
        "min_length": ("minLength", None),
        "mutability": ("mutability", _parse_mutability),
        "one_of": ("oneOf", _parse_one_of),
        "pattern": ("pattern", None),
        "permissions": ("permissions", _parse_permissions),
        "required": ("required", None),
        "scope": ("scope", _parse_scope),
        "title": ("title", None),
        "type_": ("type", _parse_type_),
        "unique": ("unique", None),
    }

    default: str | bool | int | list[Any] | UserSchemaAttributeDefaultType4 | float | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    enum: list[str | int] | None = _attrs_field(init=False)
    external_name: str | None = _attrs_field(init=False)
    external_namespace: str | None = _attrs_field(init=False)
    format_: UserSchemaAttributeFormat | None = _attrs_field(init=False)
    master: UserSchemaAttributeMaster | None = _attrs_field(init=False)
    max_length: int | None = _attrs_field(init=False)
    min_length: int | None = _attrs_field(init=False)
    mutability: UserSchemaAttributeMutabilityString | None = _attrs_field(init=False)
    one_of: list[UserSchemaAttributeEnum] | None = _attrs_field(init=False)
    pattern: str | None = _attrs_field(init=False)
    permissions: list[UserSchemaAttributePermission] | None = _attrs_field(init=False)
    required: bool | None = _attrs_field(init=False)
    scope: UserSchemaAttributeScope | None = _attrs_field(init=False)
    title: str | None = _attrs_field(init=False)
    type_: UserSchemaAttributeType | None = _attrs_field(init=False)
    unique: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        default: str | bool | int | list[Any] | UserSchemaAttributeDefaultType4 | float | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        enum: list[str | int] | None | Unset = UNSET,
        external_name: str | None | Unset = UNSET,
        external_namespace: str | None | Unset = UNSET,
        format_: UserSchemaAttributeFormat | None | Unset = UNSET,
        master: UserSchemaAttributeMaster | None | Unset = UNSET,
        max_length: int | None | Unset = UNSET,
        min_length: int | None | Unset = UNSET,
        mutability: UserSchemaAttributeMutabilityString | None | Unset = UNSET,
        one_of: list[UserSchemaAttributeEnum] | None | Unset = UNSET,
        pattern: str | None | Unset = UNSET,
        permissions: list[UserSchemaAttributePermission] | None | Unset = UNSET,
        required: bool | None | Unset = UNSET,
        scope: UserSchemaAttributeScope | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        type_: UserSchemaAttributeType | None | Unset = UNSET,
        unique: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if default is not UNSET:
            _set_field(self, "default", default)
        if description is not UNSET:
            _set_field(self, "description", description)
        if enum is not UNSET:
            _set_field(self, "enum", enum)
        if external_name is not UNSET:
            _set_field(self, "external_name", external_name)
        if external_namespace is not UNSET:
            _set_field(self, "external_namespace", external_namespace)
        if format_ is not UNSET:
            _set_field(self, "format_", format_)
        if master is not UNSET:
            _set_field(self, "master", master)
        if max_length is not UNSET:
            _set_field(self, "max_length", max_length)
        if min_length is not UNSET:
            _set_field(self, "min_length", min_length)
        if mutability is not UNSET:
            _set_field(self, "mutability", mutability)
        if one_of is not UNSET:
            _set_field(self, "one_of", one_of)
        if pattern is not UNSET:
            _set_field(self, "pattern", pattern)
        if permissions is not UNSET:
            _set_field(self, "permissions", permissions)
        if required is not UNSET:
            _set_field(self, "required", required)
        if scope is not UNSET:
            _set_field(self, "scope", scope)
        if title is not UNSET:
            _set_field(self, "title", title)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if unique is not UNSET:
            _set_field(self, "unique", unique)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("default", UNSET)) is not UNSET:
            d["default"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("enum", UNSET)) is not UNSET:
            d["enum"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("external_name", UNSET)) is not UNSET:
            d["externalName"] = v
        if (v := values.get("external_namespace", UNSET)) is not UNSET:
            d["externalNamespace"] = v
        if (v := values.get("format_", UNSET)) is not UNSET:
            d["format"] = v
        if (v := values.get("master", UNSET)) is not UNSET:
            d["master"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("max_length", UNSET)) is not UNSET:
            d["maxLength"] = v
        if (v := values.get("min_length", UNSET)) is not UNSET:
            d["minLength"] = v
        if (v := values.get("mutability", UNSET)) is not UNSET:
            d["mutability"] = v
        if (v := values.get("one_of", UNSET)) is not UNSET:
            d["oneOf"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("pattern", UNSET)) is not UNSET:
            d["pattern"] = v
        if (v := values.get("permissions", UNSET)) is not UNSET:
            d["permissions"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("required", UNSET)) is not UNSET:
            d["required"] = v
        if (v := values.get("scope", UNSET)) is not UNSET:
            d["scope"] = v
        if (v := values.get("title", UNSET)) is not UNSET:
            d["title"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("unique", UNSET)) is not UNSET:
            d["unique"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("default", UNSET)) is not UNSET:
            obj.default = _parse_default(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("enum", UNSET)) is not UNSET:
            obj.enum = v
        if (v := d.pop("externalName", UNSET)) is not UNSET:
            obj.external_name = v
        if (v := d.pop("externalNamespace", UNSET)) is not UNSET:
            obj.external_namespace = v
        if (v := d.pop("format", UNSET)) is not UNSET:
            obj.format_ = _parse_format_(v, False)
        if (v := d.pop("master", UNSET)) is not UNSET:
            obj.master = _parse_master(v, False)
        if (v := d.pop("maxLength", UNSET)) is not UNSET:
            obj.max_length = v
        if (v := d.pop("minLength", UNSET)) is not UNSET:
            obj.min_length = v
        if (v := d.pop("mutability", UNSET)) is not UNSET:
            obj.mutability = _parse_mutability(v, False)
        if (v := d.pop("oneOf", UNSET)) is not UNSET:
            obj.one_of = _parse_one_of(v, False)
        if (v := d.pop("pattern", UNSET)) is not UNSET:
            obj.pattern = v
        if (v := d.pop("permissions", UNSET)) is not UNSET:
            obj.permissions = _parse_permissions(v, False)
        if (v := d.pop("required", UNSET)) is not UNSET:
            obj.required = v
        if (v := d.pop("scope", UNSET)) is not UNSET:
            obj.scope = _parse_scope(v, False)
        if (v := d.pop("title", UNSET)) is not UNSET:
            obj.title = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("unique", UNSET)) is not UNSET:
            obj.unique = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
