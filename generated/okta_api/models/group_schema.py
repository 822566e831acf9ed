from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import group_schema_definitions as _group_schema_definitions
from . import links_self as _links_self
from . import user_schema_properties as _user_schema_properties

if TYPE_CHECKING:
    from typing import Self

    from .group_schema_definitions import GroupSchemaDefinitions
    from .links_self import LinksSelf
    from .user_schema_properties import UserSchemaProperties


def _parse_definitions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_schema_definitions.GroupSchemaDefinitions.from_json(v)
            if lazy
            else _group_schema_definitions.GroupSchemaDefinitions.from_dict(v)
        )
    return _convert.parse_model(_group_schema_definitions.GroupSchemaDefinitions, v)


def _parse_properties(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_properties.UserSchemaProperties.from_json(v)
            if lazy
            else _user_schema_properties.UserSchemaProperties.from_dict(v)
        )
    return _convert.parse_model(_user_schema_properties.UserSchemaProperties, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class GroupSchema(OktaModel):
    """An Okta `GroupSchema`.

    Attributes:
        schema (`$schema`, read-only, never sent): JSON schema version identifier
        created (read-only, never sent): Timestamp when the schema was created
        definitions: GroupSchemaDefinitions
        description: Description for the schema
        id (read-only, never sent): URI of group schema
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
        "description": "description",
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
        "description": "str",
        "id": "str",
        "last_updated": "str",
        "name": "str",
        "properties": "model",
        "title": "str",
        "type_": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "schema": ("$schema", None),
        "created": ("created", None),
        "definitions": ("definitions", _parse_definitions),
        "description": ("description", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", None),
        "name": ("name", None),
        "properties": ("properties", _parse_properties),
        "title": ("title", None),
        "type_": ("type", None),
        "field_links": ("_links", _parse_field_links),
    }

    schema: str | None = _attrs_field(init=False)
    created: str | None = _attrs_field(init=False)
    definitions: GroupSchemaDefinitions | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    properties: UserSchemaProperties | None = _attrs_field(init=False)
    title: str | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        schema: str | None | Unset = UNSET,
        created: str | None | Unset = UNSET,
        definitions: GroupSchemaDefinitions | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        properties: UserSchemaProperties | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if schema is not UNSET:
            _set_field(self, "schema", schema)
        if created is not UNSET:
            _set_field(self, "created", created)
        if definitions is not UNSET:
            _set_field(self, "definitions", definitions)
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if properties is not UNSET:
            _set_field(self, "properties", properties)
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
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = v
        if (v := values.get("definitions", UNSET)) is not UNSET:
            d["definitions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = v
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("properties", UNSET)) is not UNSET:
            d["properties"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = v
        if (v := d.pop("definitions", UNSET)) is not UNSET:
            obj.definitions = _parse_definitions(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("properties", UNSET)) is not UNSET:
            obj.properties = _parse_properties(v, False)
        if (v := d.pop("title", UNSET)) is not UNSET:
            obj.title = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
