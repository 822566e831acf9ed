from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import ui_schema_object as _ui_schema_object

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf
    from .ui_schema_object import UISchemaObject


@_attrs_define(kw_only=True)
class UISchemasResponseObject(OktaModel):
    """An Okta `UISchemasResponseObject`.

    Attributes:
        created (read-only, never sent): Timestamp when the UI Schema was created (ISO 86001)
        id (read-only, never sent): Unique identifier for the UI Schema
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the UI Schema was last modified (ISO 86001)
        ui_schema (`uiSchema`): Properties of the UI schema
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "uiSchema": "ui_schema",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "ui_schema": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "ui_schema": lambda d: (
            _ui_schema_object.UISchemaObject.from_json(v)
            if (v := d.get("uiSchema", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ui_schema_object.UISchemaObject, v)
        ),
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UISchemasResponseObject._json_names),
    }

    created: datetime.datetime | None | Unset
    id: str | None | Unset
    last_updated: datetime.datetime | None | Unset
    ui_schema: UISchemaObject | None | Unset
    field_links: LinksSelf | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.ui_schema is not UNSET:
            d["uiSchema"] = _convert.dump_model(self.ui_schema, omit_read_only)
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.ui_schema = (
            _ui_schema_object.UISchemaObject.from_dict(v)
            if (v := d.pop("uiSchema", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ui_schema_object.UISchemaObject, v)
        )
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
