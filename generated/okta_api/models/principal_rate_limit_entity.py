from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .principal_type import PrincipalType

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class PrincipalRateLimitEntity(OktaModel):
    """PrincipalRateLimitEntity

    Attributes:
        principal_id (`principalId`): The unique identifier of the principal. This is the ID of the API token or OAuth 2.0 app.
        principal_type (`principalType`): The type of principal, either an API token or an OAuth 2.0 app
        created_by (`createdBy`, read-only, never sent): The Okta user ID of the user who created the principle rate limit entity
        created_date (`createdDate`, read-only, never sent): The date and time the principle rate limit entity was created
        default_concurrency_percentage (`defaultConcurrencyPercentage`): The default percentage of a given concurrency limit threshold that the owning principal
            can consume
        default_percentage (`defaultPercentage`): The default percentage of a given rate limit threshold that the owning principal can
            consume
        id (read-only, never sent): The unique identifier of the principle rate limit entity
        last_update (`lastUpdate`, read-only, never sent): The date and time the principle rate limit entity was last updated
        last_updated_by (`lastUpdatedBy`, read-only, never sent): The Okta user ID of the user who last updated the principle rate limit entity
        org_id (`orgId`, read-only, never sent): The unique identifier of the Okta org
    """

    _json_names: ClassVar[dict[str, str]] = {
        "principalId": "principal_id",
        "principalType": "principal_type",
        "createdBy": "created_by",
        "createdDate": "created_date",
        "defaultConcurrencyPercentage": "default_concurrency_percentage",
        "defaultPercentage": "default_percentage",
        "id": "id",
        "lastUpdate": "last_update",
        "lastUpdatedBy": "last_updated_by",
        "orgId": "org_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "principal_id": "str",
        "principal_type": "enum",
        "created_by": "str",
        "created_date": "datetime",
        "default_concurrency_percentage": "int",
        "default_percentage": "int",
        "id": "str",
        "last_update": "datetime",
        "last_updated_by": "str",
        "org_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "principal_id": "principalId",
        "principal_type": lambda d: (
            _convert.parse_enum(PrincipalType, v) if (v := d.get("principalType", UNSET)).__class__ is str else v
        ),
        "created_by": "createdBy",
        "created_date": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("createdDate", UNSET)).__class__ is str else v
        ),
        "default_concurrency_percentage": "defaultConcurrencyPercentage",
        "default_percentage": "defaultPercentage",
        "id": "id",
        "last_update": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdate", UNSET)).__class__ is str else v
        ),
        "last_updated_by": "lastUpdatedBy",
        "org_id": "orgId",
        "additional_properties": lambda d: _convert.undeclared(d, PrincipalRateLimitEntity._json_names),
    }

    principal_id: str | None | Unset
    principal_type: PrincipalType | None | Unset
    created_by: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    default_concurrency_percentage: int | None | Unset = UNSET
    default_percentage: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_update: datetime.datetime | None | Unset = UNSET
    last_updated_by: str | None | Unset = UNSET
    org_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.principal_id is not UNSET:
            d["principalId"] = self.principal_id
        if self.principal_type is not UNSET:
            d["principalType"] = self.principal_type
        if self.created_by is not UNSET and not omit_read_only:
            d["createdBy"] = self.created_by
        if self.created_date is not UNSET and not omit_read_only:
            d["createdDate"] = _convert.dump_datetime(self.created_date)
        if self.default_concurrency_percentage is not UNSET:
            d["defaultConcurrencyPercentage"] = self.default_concurrency_percentage
        if self.default_percentage is not UNSET:
            d["defaultPercentage"] = self.default_percentage
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_update is not UNSET and not omit_read_only:
            d["lastUpdate"] = _convert.dump_datetime(self.last_update)
        if self.last_updated_by is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = self.last_updated_by
        if self.org_id is not UNSET and not omit_read_only:
            d["orgId"] = self.org_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.principal_id = d.pop("principalId", UNSET)
        obj.principal_type = (
            _convert.parse_enum(PrincipalType, v) if (v := d.pop("principalType", UNSET)).__class__ is str else v
        )
        obj.created_by = d.pop("createdBy", UNSET)
        obj.created_date = _convert.parse_datetime_text(v) if (v := d.pop("createdDate", UNSET)).__class__ is str else v
        obj.default_concurrency_percentage = d.pop("defaultConcurrencyPercentage", UNSET)
        obj.default_percentage = d.pop("defaultPercentage", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_update = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdate", UNSET)).__class__ is str else v
        obj.last_updated_by = d.pop("lastUpdatedBy", UNSET)
        obj.org_id = d.pop("orgId", UNSET)
        obj.additional_properties = d
        return obj
