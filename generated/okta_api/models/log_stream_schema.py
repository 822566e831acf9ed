from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import user_schema_attribute_enum as _user_schema_attribute_enum

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf
    from .user_schema_attribute_enum import UserSchemaAttributeEnum


@_attrs_define(kw_only=True)
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
        "schema": "$schema",
        "error_message": "errorMessage",
        "id": "id",
        "one_of": lambda d: _convert.parse_model_list(
            _user_schema_attribute_enum.UserSchemaAttributeEnum.from_json, d.get("oneOf", UNSET)
        ),
        "pattern": "pattern",
        "properties": "properties",
        "required": "required",
        "title": "title",
        "type_": "type",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogStreamSchema._json_names),
    }

    schema: str | None | Unset = UNSET
    error_message: dict[str, Any] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    one_of: list[UserSchemaAttributeEnum] | None | Unset = UNSET
    pattern: str | None | Unset = UNSET
    properties: dict[str, Any] | None | Unset = UNSET
    required: list[str] | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.schema is not UNSET and not omit_read_only:
            d["$schema"] = self.schema
        if self.error_message is not UNSET:
            d["errorMessage"] = self.error_message
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.one_of is not UNSET:
            d["oneOf"] = _convert.dump_model_list(self.one_of, omit_read_only)
        if self.pattern is not UNSET:
            d["pattern"] = self.pattern
        if self.properties is not UNSET:
            d["properties"] = self.properties
        if self.required is not UNSET:
            d["required"] = self.required
        if self.title is not UNSET:
            d["title"] = self.title
        if self.type_ is not UNSET and not omit_read_only:
            d["type"] = self.type_
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.schema = d.pop("$schema", UNSET)
        obj.error_message = d.pop("errorMessage", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.one_of = _convert.parse_model_list(
            _user_schema_attribute_enum.UserSchemaAttributeEnum.from_dict, d.pop("oneOf", UNSET)
        )
        obj.pattern = d.pop("pattern", UNSET)
        obj.properties = d.pop("properties", UNSET)
        obj.required = d.pop("required", UNSET)
        obj.title = d.pop("title", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
