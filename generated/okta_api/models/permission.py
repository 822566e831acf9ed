from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import permission_conditions as _permission_conditions
from . import permission_links as _permission_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .permission_conditions import PermissionConditions
    from .permission_links import PermissionLinks


@_attrs_define(kw_only=True)
class Permission(OktaModel):
    """An Okta `Permission`.

    Attributes:
        conditions: Conditions for further restricting a permission. See [Permission
            conditions](https://help.okta.com/okta_help.htm?type=oie&id=ext-permission-conditions).
        created (read-only, never sent): Timestamp when the permission was assigned
        label (read-only, never sent): The assigned Okta
            [permission](https://developer.okta.com/docs/api/openapi/okta-management/guides/permissions)
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the permission was last updated
        field_links (`_links`, read-only, never sent): PermissionLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "conditions": "conditions",
        "created": "created",
        "label": "label",
        "lastUpdated": "last_updated",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "conditions": "model",
        "created": "datetime",
        "label": "str",
        "last_updated": "datetime",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "conditions": lambda d: (
            _permission_conditions.PermissionConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_permission_conditions.PermissionConditions, v)
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "label": "label",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _permission_links.PermissionLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_permission_links.PermissionLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Permission._json_names),
    }

    conditions: PermissionConditions | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    label: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    field_links: PermissionLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.label is not UNSET and not omit_read_only:
            d["label"] = self.label
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
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
        obj.conditions = (
            _permission_conditions.PermissionConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_permission_conditions.PermissionConditions, v)
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.label = d.pop("label", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.field_links = (
            _permission_links.PermissionLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_permission_links.PermissionLinks, v)
        )
        obj.additional_properties = d
        return obj
