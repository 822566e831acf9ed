from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import role_governance_source_links as _role_governance_source_links
from .governance_source_type import GovernanceSourceType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .role_governance_source_links import RoleGovernanceSourceLinks


@_attrs_define(kw_only=True)
class RoleGovernanceSource(OktaModel):
    """User role governance source

    Attributes:
        grant_id (`grantId`, read-only, never sent): `id` of the grant
        type_ (`type`): The grant type
        bundle_id (`bundleId`, read-only, never sent): `id` of the entitlement bundle
        expiration_date (`expirationDate`, read-only, never sent): The expiration date of the entitlement bundle
        field_links (`_links`, read-only, never sent): RoleGovernanceSourceLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "grantId": "grant_id",
        "type": "type_",
        "bundleId": "bundle_id",
        "expirationDate": "expiration_date",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "grant_id": "str",
        "type_": "enum",
        "bundle_id": "str",
        "expiration_date": "datetime",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "grant_id": "grantId",
        "type_": lambda d: (
            _convert.parse_enum(GovernanceSourceType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "bundle_id": "bundleId",
        "expiration_date": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expirationDate", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _role_governance_source_links.RoleGovernanceSourceLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_role_governance_source_links.RoleGovernanceSourceLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RoleGovernanceSource._json_names),
    }

    grant_id: str | None | Unset
    type_: GovernanceSourceType | None | Unset
    bundle_id: str | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    field_links: RoleGovernanceSourceLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.grant_id is not UNSET and not omit_read_only:
            d["grantId"] = self.grant_id
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.bundle_id is not UNSET and not omit_read_only:
            d["bundleId"] = self.bundle_id
        if self.expiration_date is not UNSET and not omit_read_only:
            d["expirationDate"] = _convert.dump_datetime(self.expiration_date)
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
        obj.grant_id = d.pop("grantId", UNSET)
        obj.type_ = _convert.parse_enum(GovernanceSourceType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.bundle_id = d.pop("bundleId", UNSET)
        obj.expiration_date = (
            _convert.parse_datetime_text(v) if (v := d.pop("expirationDate", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _role_governance_source_links.RoleGovernanceSourceLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_role_governance_source_links.RoleGovernanceSourceLinks, v)
        )
        obj.additional_properties = d
        return obj
