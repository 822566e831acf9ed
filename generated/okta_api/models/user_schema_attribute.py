from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "default": lambda d: _convert.parse_union(
            (_user_schema_attribute_default_type_4.UserSchemaAttributeDefaultType4,), d.get("default", UNSET)
        ),
        "description": "description",
        "enum": "enum",
        "external_name": "externalName",
        "external_namespace": "externalNamespace",
        "format_": lambda d: (
            _convert.parse_enum(UserSchemaAttributeFormat, v) if (v := d.get("format", UNSET)).__class__ is str else v
        ),
        "master": lambda d: (
            _user_schema_attribute_master.UserSchemaAttributeMaster.from_json(v)
            if (v := d.get("master", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute_master.UserSchemaAttributeMaster, v)
        ),
        "max_length": "maxLength",
        "min_length": "minLength",
        "mutability": lambda d: (
            _convert.parse_enum(UserSchemaAttributeMutabilityString, v)
            if (v := d.get("mutability", UNSET)).__class__ is str
            else v
        ),
        "one_of": lambda d: _convert.parse_model_list(
            _user_schema_attribute_enum.UserSchemaAttributeEnum.from_json, d.get("oneOf", UNSET)
        ),
        "pattern": "pattern",
        "permissions": lambda d: _convert.parse_model_list(
            _user_schema_attribute_permission.UserSchemaAttributePermission.from_json, d.get("permissions", UNSET)
        ),
        "required": "required",
        "scope": lambda d: (
            _convert.parse_enum(UserSchemaAttributeScope, v) if (v := d.get("scope", UNSET)).__class__ is str else v
        ),
        "title": "title",
        "type_": lambda d: (
            _convert.parse_enum(UserSchemaAttributeType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "unique": "unique",
        "additional_properties": lambda d: _convert.undeclared(d, UserSchemaAttribute._json_names),
    }

    default: str | bool | int | list[Any] | UserSchemaAttributeDefaultType4 | float | None | Unset = UNSET
    description: str | None | Unset = UNSET
    enum: list[str | int] | None | Unset = UNSET
    external_name: str | None | Unset = UNSET
    external_namespace: str | None | Unset = UNSET
    format_: UserSchemaAttributeFormat | None | Unset = UNSET
    master: UserSchemaAttributeMaster | None | Unset = UNSET
    max_length: int | None | Unset = UNSET
    min_length: int | None | Unset = UNSET
    mutability: UserSchemaAttributeMutabilityString | None | Unset = UNSET
    one_of: list[UserSchemaAttributeEnum] | None | Unset = UNSET
    pattern: str | None | Unset = UNSET
    permissions: list[UserSchemaAttributePermission] | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    scope: UserSchemaAttributeScope | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: UserSchemaAttributeType | None | Unset = UNSET
    unique: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.default is not UNSET:
            d["default"] = _convert.dump_value(self.default, omit_read_only)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.enum is not UNSET:
            d["enum"] = _convert.dump_value(self.enum, omit_read_only)
        if self.external_name is not UNSET:
            d["externalName"] = self.external_name
        if self.external_namespace is not UNSET:
            d["externalNamespace"] = self.external_namespace
        if self.format_ is not UNSET:
            d["format"] = self.format_
        if self.master is not UNSET:
            d["master"] = _convert.dump_model(self.master, omit_read_only)
        if self.max_length is not UNSET:
            d["maxLength"] = self.max_length
        if self.min_length is not UNSET:
            d["minLength"] = self.min_length
        if self.mutability is not UNSET:
            d["mutability"] = self.mutability
        if self.one_of is not UNSET:
            d["oneOf"] = _convert.dump_model_list(self.one_of, omit_read_only)
        if self.pattern is not UNSET:
            d["pattern"] = self.pattern
        if self.permissions is not UNSET:
            d["permissions"] = _convert.dump_model_list(self.permissions, omit_read_only)
        if self.required is not UNSET:
            d["required"] = self.required
        if self.scope is not UNSET:
            d["scope"] = self.scope
        if self.title is not UNSET:
            d["title"] = self.title
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.unique is not UNSET:
            d["unique"] = self.unique
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.default = _convert.parse_union(
            (_user_schema_attribute_default_type_4.UserSchemaAttributeDefaultType4,), d.pop("default", UNSET)
        )
        obj.description = d.pop("description", UNSET)
        obj.enum = d.pop("enum", UNSET)
        obj.external_name = d.pop("externalName", UNSET)
        obj.external_namespace = d.pop("externalNamespace", UNSET)
        obj.format_ = (
            _convert.parse_enum(UserSchemaAttributeFormat, v) if (v := d.pop("format", UNSET)).__class__ is str else v
        )
        obj.master = (
            _user_schema_attribute_master.UserSchemaAttributeMaster.from_dict(v)
            if (v := d.pop("master", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute_master.UserSchemaAttributeMaster, v)
        )
        obj.max_length = d.pop("maxLength", UNSET)
        obj.min_length = d.pop("minLength", UNSET)
        obj.mutability = (
            _convert.parse_enum(UserSchemaAttributeMutabilityString, v)
            if (v := d.pop("mutability", UNSET)).__class__ is str
            else v
        )
        obj.one_of = _convert.parse_model_list(
            _user_schema_attribute_enum.UserSchemaAttributeEnum.from_dict, d.pop("oneOf", UNSET)
        )
        obj.pattern = d.pop("pattern", UNSET)
        obj.permissions = _convert.parse_model_list(
            _user_schema_attribute_permission.UserSchemaAttributePermission.from_dict, d.pop("permissions", UNSET)
        )
        obj.required = d.pop("required", UNSET)
        obj.scope = (
            _convert.parse_enum(UserSchemaAttributeScope, v) if (v := d.pop("scope", UNSET)).__class__ is str else v
        )
        obj.title = d.pop("title", UNSET)
        obj.type_ = (
            _convert.parse_enum(UserSchemaAttributeType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.unique = d.pop("unique", UNSET)
        obj.additional_properties = d
        return obj
