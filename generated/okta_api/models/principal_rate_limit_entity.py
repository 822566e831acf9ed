from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .principal_type import PrincipalType

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_principal_type = _convert.enum_parser(PrincipalType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "principal_id": ("principalId", None),
        "principal_type": ("principalType", _parse_principal_type),
        "created_by": ("createdBy", None),
        "created_date": ("createdDate", _convert.parse_datetime),
        "default_concurrency_percentage": ("defaultConcurrencyPercentage", None),
        "default_percentage": ("defaultPercentage", None),
        "id": ("id", None),
        "last_update": ("lastUpdate", _convert.parse_datetime),
        "last_updated_by": ("lastUpdatedBy", None),
        "org_id": ("orgId", None),
    }

    principal_id: str | None = _attrs_field(init=False)
    principal_type: PrincipalType | None = _attrs_field(init=False)
    created_by: str | None = _attrs_field(init=False)
    created_date: datetime.datetime | None = _attrs_field(init=False)
    default_concurrency_percentage: int | None = _attrs_field(init=False)
    default_percentage: int | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_update: datetime.datetime | None = _attrs_field(init=False)
    last_updated_by: str | None = _attrs_field(init=False)
    org_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        principal_id: str | None | Unset,
        principal_type: PrincipalType | None | Unset,
        created_by: str | None | Unset = UNSET,
        created_date: datetime.datetime | None | Unset = UNSET,
        default_concurrency_percentage: int | None | Unset = UNSET,
        default_percentage: int | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_update: datetime.datetime | None | Unset = UNSET,
        last_updated_by: str | None | Unset = UNSET,
        org_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if principal_id is not UNSET:
            _set_field(self, "principal_id", principal_id)
        if principal_type is not UNSET:
            _set_field(self, "principal_type", principal_type)
        if created_by is not UNSET:
            _set_field(self, "created_by", created_by)
        if created_date is not UNSET:
            _set_field(self, "created_date", created_date)
        if default_concurrency_percentage is not UNSET:
            _set_field(self, "default_concurrency_percentage", default_concurrency_percentage)
        if default_percentage is not UNSET:
            _set_field(self, "default_percentage", default_percentage)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_update is not UNSET:
            _set_field(self, "last_update", last_update)
        if last_updated_by is not UNSET:
            _set_field(self, "last_updated_by", last_updated_by)
        if org_id is not UNSET:
            _set_field(self, "org_id", org_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("principal_id", UNSET)) is not UNSET:
            d["principalId"] = v
        if (v := values.get("principal_type", UNSET)) is not UNSET:
            d["principalType"] = v
        if (v := values.get("created_by", UNSET)) is not UNSET and not omit_read_only:
            d["createdBy"] = v
        if (v := values.get("created_date", UNSET)) is not UNSET and not omit_read_only:
            d["createdDate"] = _convert.dump_datetime(v)
        if (v := values.get("default_concurrency_percentage", UNSET)) is not UNSET:
            d["defaultConcurrencyPercentage"] = v
        if (v := values.get("default_percentage", UNSET)) is not UNSET:
            d["defaultPercentage"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_update", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdate"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated_by", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = v
        if (v := values.get("org_id", UNSET)) is not UNSET and not omit_read_only:
            d["orgId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("principalId", UNSET)) is not UNSET:
            obj.principal_id = v
        if (v := d.pop("principalType", UNSET)) is not UNSET:
            obj.principal_type = _parse_principal_type(v, False)
        if (v := d.pop("createdBy", UNSET)) is not UNSET:
            obj.created_by = v
        if (v := d.pop("createdDate", UNSET)) is not UNSET:
            obj.created_date = _convert.parse_datetime(v, False)
        if (v := d.pop("defaultConcurrencyPercentage", UNSET)) is not UNSET:
            obj.default_concurrency_percentage = v
        if (v := d.pop("defaultPercentage", UNSET)) is not UNSET:
            obj.default_percentage = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdate", UNSET)) is not UNSET:
            obj.last_update = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdatedBy", UNSET)) is not UNSET:
            obj.last_updated_by = v
        if (v := d.pop("orgId", UNSET)) is not UNSET:
            obj.org_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
