from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_aerial_consent_granted as _links_aerial_consent_granted

if TYPE_CHECKING:
    from typing import Self

    from .links_aerial_consent_granted import LinksAerialConsentGranted


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _links_aerial_consent_granted.LinksAerialConsentGranted.from_json(v)
            if lazy
            else _links_aerial_consent_granted.LinksAerialConsentGranted.from_dict(v)
        )
    return _convert.parse_model(_links_aerial_consent_granted.LinksAerialConsentGranted, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OrgAerialGrantNotFound(OktaModel):
    """An Okta `OrgAerialGrantNotFound`.

    Attributes:
        account_id (`accountId`): The unique ID of the Aerial account
        granted_by (`grantedBy`): Principal ID of the user who granted the permission
        granted_date (`grantedDate`): Date when grant was created
        field_links (`_links`): LinksAerialConsentGranted
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accountId": "account_id",
        "grantedBy": "granted_by",
        "grantedDate": "granted_date",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "account_id": "str",
        "granted_by": "str",
        "granted_date": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "account_id": ("accountId", None),
        "granted_by": ("grantedBy", None),
        "granted_date": ("grantedDate", None),
        "field_links": ("_links", _parse_field_links),
    }

    account_id: str | None = _attrs_field(init=False)
    granted_by: str | None = _attrs_field(init=False)
    granted_date: str | None = _attrs_field(init=False)
    field_links: LinksAerialConsentGranted | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        account_id: str | None | Unset = UNSET,
        granted_by: str | None | Unset = UNSET,
        granted_date: str | None | Unset = UNSET,
        field_links: LinksAerialConsentGranted | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if account_id is not UNSET:
            _set_field(self, "account_id", account_id)
        if granted_by is not UNSET:
            _set_field(self, "granted_by", granted_by)
        if granted_date is not UNSET:
            _set_field(self, "granted_date", granted_date)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("account_id", UNSET)) is not UNSET:
            d["accountId"] = v
        if (v := values.get("granted_by", UNSET)) is not UNSET:
            d["grantedBy"] = v
        if (v := values.get("granted_date", UNSET)) is not UNSET:
            d["grantedDate"] = v
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
        if (v := d.pop("accountId", UNSET)) is not UNSET:
            obj.account_id = v
        if (v := d.pop("grantedBy", UNSET)) is not UNSET:
            obj.granted_by = v
        if (v := d.pop("grantedDate", UNSET)) is not UNSET:
            obj.granted_date = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
