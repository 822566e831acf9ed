from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from . import trusted_origin_scope as _trusted_origin_scope
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self_and_lifecycle import LinksSelfAndLifecycle
    from .trusted_origin_scope import TrustedOriginScope


@_attrs_define(kw_only=True)
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
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "created_by": "createdBy",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "last_updated_by": "lastUpdatedBy",
        "name": "name",
        "origin": "origin",
        "scopes": lambda d: _convert.parse_model_list(
            _trusted_origin_scope.TrustedOriginScope.from_json, d.get("scopes", UNSET)
        ),
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TrustedOrigin._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    created_by: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    last_updated_by: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    origin: str | None | Unset = UNSET
    scopes: list[TrustedOriginScope] | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    field_links: LinksSelfAndLifecycle | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.created_by is not UNSET:
            d["createdBy"] = self.created_by
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.last_updated_by is not UNSET:
            d["lastUpdatedBy"] = self.last_updated_by
        if self.name is not UNSET:
            d["name"] = self.name
        if self.origin is not UNSET:
            d["origin"] = self.origin
        if self.scopes is not UNSET:
            d["scopes"] = _convert.dump_model_list(self.scopes, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET:
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
        obj.created_by = d.pop("createdBy", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.last_updated_by = d.pop("lastUpdatedBy", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.origin = d.pop("origin", UNSET)
        obj.scopes = _convert.parse_model_list(
            _trusted_origin_scope.TrustedOriginScope.from_dict, d.pop("scopes", UNSET)
        )
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_links = (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        )
        obj.additional_properties = d
        return obj
