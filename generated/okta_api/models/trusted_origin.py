from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from . import trusted_origin_scope as _trusted_origin_scope
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self_and_lifecycle import LinksSelfAndLifecycle
    from .trusted_origin_scope import TrustedOriginScope


def _parse_scopes(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _trusted_origin_scope.TrustedOriginScope.from_json
        if lazy
        else _trusted_origin_scope.TrustedOriginScope.from_dict,
        v,
    )


_parse_status = _convert.enum_parser(LifecycleStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if lazy
            else _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
        )
    return _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TrustedOrigin(OktaModel):
    """An Okta `TrustedOrigin`.

    Attributes:
        created (read-only, never sent): Timestamp when the trusted origin was created
        created_by (`createdBy`): The ID of the user who created the trusted origin
        id (read-only, never sent): Unique identifier for the trusted origin
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the trusted origin was last updated
        last_updated_by (`lastUpdatedBy`): The ID of the user who last updated the trusted origin
        name: Unique name for the trusted origin
        origin: Unique origin URL for the trusted origin. The supported schemes for this attribute are
            HTTP, HTTPS, FTP, Ionic 2, and Capacitor.
        scopes: Array of scope types that this trusted origin is used for
        status: LifecycleStatus
        field_links (`_links`): LinksSelfAndLifecycle
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "createdBy": "created_by",
        "id": "id",
        "lastUpdated": "last_updated",
        "lastUpdatedBy": "last_updated_by",
        "name": "name",
        "origin": "origin",
        "scopes": "scopes",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "created_by": "str",
        "id": "str",
        "last_updated": "datetime",
        "last_updated_by": "str",
        "name": "str",
        "origin": "str",
        "scopes": "list:model",
        "status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "created_by": ("createdBy", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "last_updated_by": ("lastUpdatedBy", None),
        "name": ("name", None),
        "origin": ("origin", None),
        "scopes": ("scopes", _parse_scopes),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    created_by: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    last_updated_by: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    origin: str | None = _attrs_field(init=False)
    scopes: list[TrustedOriginScope] | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    field_links: LinksSelfAndLifecycle | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        last_updated_by: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        origin: str | None | Unset = UNSET,
        scopes: list[TrustedOriginScope] | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        field_links: LinksSelfAndLifecycle | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if created_by is not UNSET:
            _set_field(self, "created_by", created_by)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if last_updated_by is not UNSET:
            _set_field(self, "last_updated_by", last_updated_by)
        if name is not UNSET:
            _set_field(self, "name", name)
        if origin is not UNSET:
            _set_field(self, "origin", origin)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("created_by", UNSET)) is not UNSET:
            d["createdBy"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated_by", UNSET)) is not UNSET:
            d["lastUpdatedBy"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("origin", UNSET)) is not UNSET:
            d["origin"] = v
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("createdBy", UNSET)) is not UNSET:
            obj.created_by = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdatedBy", UNSET)) is not UNSET:
            obj.last_updated_by = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("origin", UNSET)) is not UNSET:
            obj.origin = v
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = _parse_scopes(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
