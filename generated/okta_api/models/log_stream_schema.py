from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import user_schema_attribute_enum as _user_schema_attribute_enum

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf
    from .user_schema_attribute_enum import UserSchemaAttributeEnum


def _parse_one_of(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _user_schema_attribute_enum.UserSchemaAttributeEnum.from_json
        if lazy
        else _user_schema_attribute_enum.UserSchemaAttributeEnum.from_dict,
        v,
    )


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogStreamSchema(OktaModel):
    """An Okta `LogStreamSchema`.

    Attributes:
        schema (`$schema`, read-only, never sent): JSON schema version identifier
        error_message (`errorMessage`): A collection of error messages for individual properties in the schema. Okta implements a
            subset of [ajv-errors](https://github.com/ajv-validator/ajv-errors).
        id (read-only, never sent): URI of log stream schema
        one_of (`oneOf`): Non-empty array of valid JSON schemas.

            Okta only supports `oneOf` for specifying display names for an `enum`. Each schema has the
            following format:

            ```
            {
              "const": "enumValue",
              "title": "display name"
            }
            ```
        pattern: For `string` log stream schema property type, specifies the regular expression used to
            validate the property
        properties: log stream schema properties object
        required: Required properties for this log stream schema object
        title: Name of the log streaming integration
        type_ (`type`, read-only, never sent): Type of log stream schema property
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "$schema": "schema",
        "errorMessage": "error_message",
        "id": "id",
        "oneOf": "one_of",
        "pattern": "pattern",
        "properties": "properties",
        "required": "required",
        "title": "title",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "schema": "str",
        "error_message": "dict",
        "id": "str",
        "one_of": "list:model",
        "pattern": "str",
        "properties": "dict",
        "required": "list:str",
        "title": "str",
        "type_": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "schema": ("$schema", None),
        "error_message": ("errorMessage", None),
        "id": ("id", None),
        "one_of": ("oneOf", _parse_one_of),
        "pattern": ("pattern", None),
        "properties": ("properties", None),
        "required": ("required", None),
        "title": ("title", None),
        "type_": ("type", None),
        "field_links": ("_links", _parse_field_links),
    }

    schema: str | None = _attrs_field(init=False)
    error_message: dict[str, Any] | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    one_of: list[UserSchemaAttributeEnum] | None = _attrs_field(init=False)
    pattern: str | None = _attrs_field(init=False)
    properties: dict[str, Any] | None = _attrs_field(init=False)
    required: list[str] | None = _attrs_field(init=False)
    title: str | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        schema: str | None | Unset = UNSET,
        error_message: dict[str, Any] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        one_of: list[UserSchemaAttributeEnum] | None | Unset = UNSET,
        pattern: str | None | Unset = UNSET,
        properties: dict[str, Any] | None | Unset = UNSET,
        required: list[str] | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if schema is not UNSET:
            _set_field(self, "schema", schema)
        if error_message is not UNSET:
            _set_field(self, "error_message", error_message)
        if id is not UNSET:
            _set_field(self, "id", id)
        if one_of is not UNSET:
            _set_field(self, "one_of", one_of)
        if pattern is not UNSET:
            _set_field(self, "pattern", pattern)
        if properties is not UNSET:
            _set_field(self, "properties", properties)
        if required is not UNSET:
            _set_field(self, "required", required)
        if title is not UNSET:
            _set_field(self, "title", title)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("schema", UNSET)) is not UNSET and not omit_read_only:
            d["$schema"] = v
        if (v := values.get("error_message", UNSET)) is not UNSET:
            d["errorMessage"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("one_of", UNSET)) is not UNSET:
            d["oneOf"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("pattern", UNSET)) is not UNSET:
            d["pattern"] = v
        if (v := values.get("properties", UNSET)) is not UNSET:
            d["properties"] = v
        if (v := values.get("required", UNSET)) is not UNSET:
            d["required"] = v
        if (v := values.get("title", UNSET)) is not UNSET:
            d["title"] = v
        if (v := values.get("type_", UNSET)) is not UNSET and not omit_read_only:
            d["type"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("$schema", UNSET)) is not UNSET:
            obj.schema = v
        if (v := d.pop("errorMessage", UNSET)) is not UNSET:
            obj.error_message = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("oneOf", UNSET)) is not UNSET:
            obj.one_of = _parse_one_of(v, False)
        if (v := d.pop("pattern", UNSET)) is not UNSET:
            obj.pattern = v
        if (v := d.pop("properties", UNSET)) is not UNSET:
            obj.properties = v
        if (v := d.pop("required", UNSET)) is not UNSET:
            obj.required = v
        if (v := d.pop("title", UNSET)) is not UNSET:
            obj.title = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
