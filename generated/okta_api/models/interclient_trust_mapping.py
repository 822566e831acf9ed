from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class InterclientTrustMapping(OktaModel):
    """An Okta `InterclientTrustMapping`.

    Attributes:
        app_instance_id (`appInstanceId`, read-only, never sent): The app ID of the target app
        created (read-only, never sent): Timestamp when the interclient trust mapping was created
        id (read-only, never sent): The unique ID of the interclient trust mapping
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the interclient trust mapping was updated
        last_updated_by (`lastUpdatedBy`, read-only, never sent): ID of the user who created the interclient trust mapping
        org_id (`orgId`, read-only, never sent): ID of the org
        trusted_app_instance_id (`trustedAppInstanceId`, read-only, never sent): The app ID of the allowed app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appInstanceId": "app_instance_id",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "lastUpdatedBy": "last_updated_by",
        "orgId": "org_id",
        "trustedAppInstanceId": "trusted_app_instance_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_instance_id": "str",
        "created": "str",
        "id": "str",
        "last_updated": "str",
        "last_updated_by": "str",
        "org_id": "str",
        "trusted_app_instance_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_instance_id": ("appInstanceId", None),
        "created": ("created", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", None),
        "last_updated_by": ("lastUpdatedBy", None),
        "org_id": ("orgId", None),
        "trusted_app_instance_id": ("trustedAppInstanceId", None),
    }

    app_instance_id: str | None = _attrs_field(init=False)
    created: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: str | None = _attrs_field(init=False)
    last_updated_by: str | None = _attrs_field(init=False)
    org_id: str | None = _attrs_field(init=False)
    trusted_app_instance_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app_instance_id: str | None | Unset = UNSET,
        created: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: str | None | Unset = UNSET,
        last_updated_by: str | None | Unset = UNSET,
        org_id: str | None | Unset = UNSET,
        trusted_app_instance_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app_instance_id is not UNSET:
            _set_field(self, "app_instance_id", app_instance_id)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if last_updated_by is not UNSET:
            _set_field(self, "last_updated_by", last_updated_by)
        if org_id is not UNSET:
            _set_field(self, "org_id", org_id)
        if trusted_app_instance_id is not UNSET:
            _set_field(self, "trusted_app_instance_id", trusted_app_instance_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app_instance_id", UNSET)) is not UNSET and not omit_read_only:
            d["appInstanceId"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = v
        if (v := values.get("last_updated_by", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = v
        if (v := values.get("org_id", UNSET)) is not UNSET and not omit_read_only:
            d["orgId"] = v
        if (v := values.get("trusted_app_instance_id", UNSET)) is not UNSET and not omit_read_only:
            d["trustedAppInstanceId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("appInstanceId", UNSET)) is not UNSET:
            obj.app_instance_id = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = v
        if (v := d.pop("lastUpdatedBy", UNSET)) is not UNSET:
            obj.last_updated_by = v
        if (v := d.pop("orgId", UNSET)) is not UNSET:
            obj.org_id = v
        if (v := d.pop("trustedAppInstanceId", UNSET)) is not UNSET:
            obj.trusted_app_instance_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
