from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import user_schema_definitions as _user_schema_definitions
from . import user_schema_properties as _user_schema_properties

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf
    from .user_schema_definitions import UserSchemaDefinitions
    from .user_schema_properties import UserSchemaProperties


@_attrs_define(kw_only=True)
class UserSchema(OktaModel):
    """An Okta `UserSchema`.

    Attributes:
        schema (`$schema`, read-only, never sent): JSON schema version identifier
        created (read-only, never sent): Timestamp when the schema was created
        definitions: UserSchemaDefinitions
        id (read-only, never sent): URI of user schema
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the schema was last updated
        name (read-only, never sent): Name of the schema
        properties: UserSchemaProperties
        title: User-defined display name for the schema
        type_ (`type`, read-only, never sent): Type of [root schema](https://tools.ietf.org/html/draft-zyp-json-schema-04#section-3.4)
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "$schema": "schema",
        "created": "created",
        "definitions": "definitions",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "properties": "properties",
        "title": "title",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "schema": "str",
        "created": "str",
        "definitions": "model",
        "id": "str",
        "last_updated": "str",
        "name": "str",
        "properties": "model",
        "title": "str",
        "type_": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "schema": "$schema",
        "created": "created",
        "definitions": lambda d: (
            _user_schema_definitions.UserSchemaDefinitions.from_json(v)
            if (v := d.get("definitions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_definitions.UserSchemaDefinitions, v)
        ),
        "id": "id",
        "last_updated": "lastUpdated",
        "name": "name",
        "properties": lambda d: (
            _user_schema_properties.UserSchemaProperties.from_json(v)
            if (v := d.get("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_properties.UserSchemaProperties, v)
        ),
        "title": "title",
        "type_": "type",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserSchema._json_names),
    }

    schema: str | None | Unset = UNSET
    created: str | None | Unset = UNSET
    definitions: UserSchemaDefinitions | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    properties: UserSchemaProperties | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.schema is not UNSET and not omit_read_only:
            d["$schema"] = self.schema
        if self.created is not UNSET and not omit_read_only:
            d["created"] = self.created
        if self.definitions is not UNSET:
            d["definitions"] = _convert.dump_model(self.definitions, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
        if self.properties is not UNSET:
            d["properties"] = _convert.dump_model(self.properties, omit_read_only)
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
        obj.created = d.pop("created", UNSET)
        obj.definitions = (
            _user_schema_definitions.UserSchemaDefinitions.from_dict(v)
            if (v := d.pop("definitions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_definitions.UserSchemaDefinitions, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.properties = (
            _user_schema_properties.UserSchemaProperties.from_dict(v)
            if (v := d.pop("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_properties.UserSchemaProperties, v)
        )
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
