from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "app_instance_id": "appInstanceId",
        "created": "created",
        "id": "id",
        "last_updated": "lastUpdated",
        "last_updated_by": "lastUpdatedBy",
        "org_id": "orgId",
        "trusted_app_instance_id": "trustedAppInstanceId",
        "additional_properties": lambda d: _convert.undeclared(d, InterclientTrustMapping._json_names),
    }

    app_instance_id: str | None | Unset = UNSET
    created: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    last_updated_by: str | None | Unset = UNSET
    org_id: str | None | Unset = UNSET
    trusted_app_instance_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_instance_id is not UNSET and not omit_read_only:
            d["appInstanceId"] = self.app_instance_id
        if self.created is not UNSET and not omit_read_only:
            d["created"] = self.created
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
        if self.last_updated_by is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = self.last_updated_by
        if self.org_id is not UNSET and not omit_read_only:
            d["orgId"] = self.org_id
        if self.trusted_app_instance_id is not UNSET and not omit_read_only:
            d["trustedAppInstanceId"] = self.trusted_app_instance_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_instance_id = d.pop("appInstanceId", UNSET)
        obj.created = d.pop("created", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.last_updated_by = d.pop("lastUpdatedBy", UNSET)
        obj.org_id = d.pop("orgId", UNSET)
        obj.trusted_app_instance_id = d.pop("trustedAppInstanceId", UNSET)
        obj.additional_properties = d
        return obj
