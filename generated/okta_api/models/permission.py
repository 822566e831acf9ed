from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import permission_conditions as _permission_conditions
from . import permission_links as _permission_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .permission_conditions import PermissionConditions
    from .permission_links import PermissionLinks


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _permission_conditions.PermissionConditions.from_json(v)
            if lazy
            else _permission_conditions.PermissionConditions.from_dict(v)
        )
    return _convert.parse_model(_permission_conditions.PermissionConditions, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _permission_links.PermissionLinks.from_json(v) if lazy else _permission_links.PermissionLinks.from_dict(v)
        )
    return _convert.parse_model(_permission_links.PermissionLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "conditions": ("conditions", _parse_conditions),
        "created": ("created", _convert.parse_datetime),
        "label": ("label", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "field_links": ("_links", _parse_field_links),
    }

    conditions: PermissionConditions | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    field_links: PermissionLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        conditions: PermissionConditions | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        field_links: PermissionLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if created is not UNSET:
            _set_field(self, "created", created)
        if label is not UNSET:
            _set_field(self, "label", label)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("label", UNSET)) is not UNSET and not omit_read_only:
            d["label"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
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
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
