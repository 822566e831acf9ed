from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_aerial_consent_granted as _links_aerial_consent_granted

if TYPE_CHECKING:
    from typing import Self

    from .links_aerial_consent_granted import LinksAerialConsentGranted


@_attrs_define(kw_only=True)
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
        "account_id": "accountId",
        "granted_by": "grantedBy",
        "granted_date": "grantedDate",
        "field_links": lambda d: (
            _links_aerial_consent_granted.LinksAerialConsentGranted.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_aerial_consent_granted.LinksAerialConsentGranted, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgAerialGrantNotFound._json_names),
    }

    account_id: str | None | Unset = UNSET
    granted_by: str | None | Unset = UNSET
    granted_date: str | None | Unset = UNSET
    field_links: LinksAerialConsentGranted | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.account_id is not UNSET:
            d["accountId"] = self.account_id
        if self.granted_by is not UNSET:
            d["grantedBy"] = self.granted_by
        if self.granted_date is not UNSET:
            d["grantedDate"] = self.granted_date
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
        obj.account_id = d.pop("accountId", UNSET)
        obj.granted_by = d.pop("grantedBy", UNSET)
        obj.granted_date = d.pop("grantedDate", UNSET)
        obj.field_links = (
            _links_aerial_consent_granted.LinksAerialConsentGranted.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_aerial_consent_granted.LinksAerialConsentGranted, v)
        )
        obj.additional_properties = d
        return obj
