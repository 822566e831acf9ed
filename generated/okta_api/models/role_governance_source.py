from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import role_governance_source_links as _role_governance_source_links
from .governance_source_type import GovernanceSourceType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .role_governance_source_links import RoleGovernanceSourceLinks


_parse_type_ = _convert.enum_parser(GovernanceSourceType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _role_governance_source_links.RoleGovernanceSourceLinks.from_json(v)
            if lazy
            else _role_governance_source_links.RoleGovernanceSourceLinks.from_dict(v)
        )
    return _convert.parse_model(_role_governance_source_links.RoleGovernanceSourceLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "grant_id": ("grantId", None),
        "type_": ("type", _parse_type_),
        "bundle_id": ("bundleId", None),
        "expiration_date": ("expirationDate", _convert.parse_datetime),
        "field_links": ("_links", _parse_field_links),
    }

    grant_id: str | None = _attrs_field(init=False)
    type_: GovernanceSourceType | None = _attrs_field(init=False)
    bundle_id: str | None = _attrs_field(init=False)
    expiration_date: datetime.datetime | None = _attrs_field(init=False)
    field_links: RoleGovernanceSourceLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        grant_id: str | None | Unset,
        type_: GovernanceSourceType | None | Unset,
        bundle_id: str | None | Unset = UNSET,
        expiration_date: datetime.datetime | None | Unset = UNSET,
        field_links: RoleGovernanceSourceLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if grant_id is not UNSET:
            _set_field(self, "grant_id", grant_id)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if bundle_id is not UNSET:
            _set_field(self, "bundle_id", bundle_id)
        if expiration_date is not UNSET:
            _set_field(self, "expiration_date", expiration_date)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("grant_id", UNSET)) is not UNSET and not omit_read_only:
            d["grantId"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("bundle_id", UNSET)) is not UNSET and not omit_read_only:
            d["bundleId"] = v
        if (v := values.get("expiration_date", UNSET)) is not UNSET and not omit_read_only:
            d["expirationDate"] = _convert.dump_datetime(v)
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
        if (v := d.pop("grantId", UNSET)) is not UNSET:
            obj.grant_id = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("bundleId", UNSET)) is not UNSET:
            obj.bundle_id = v
        if (v := d.pop("expirationDate", UNSET)) is not UNSET:
            obj.expiration_date = _convert.parse_datetime(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
