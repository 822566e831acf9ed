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
class CsrMetadataSubject(OktaModel):
    """An Okta `CsrMetadataSubject`.

    Attributes:
        common_name (`commonName`): Common name of the subject
        country_name (`countryName`): Country name or code
        locality_name (`localityName`): Locality (city) name
        organizational_unit_name (`organizationalUnitName`): Name of the smaller organization, for example, the department or the division
        organization_name (`organizationName`): Large organization name
        state_or_province_name (`stateOrProvinceName`): State or province name
    """

    _json_names: ClassVar[dict[str, str]] = {
        "commonName": "common_name",
        "countryName": "country_name",
        "localityName": "locality_name",
        "organizationalUnitName": "organizational_unit_name",
        "organizationName": "organization_name",
        "stateOrProvinceName": "state_or_province_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "common_name": "str",
        "country_name": "str",
        "locality_name": "str",
        "organizational_unit_name": "str",
        "organization_name": "str",
        "state_or_province_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "common_name": "commonName",
        "country_name": "countryName",
        "locality_name": "localityName",
        "organizational_unit_name": "organizationalUnitName",
        "organization_name": "organizationName",
        "state_or_province_name": "stateOrProvinceName",
        "additional_properties": lambda d: _convert.undeclared(d, CsrMetadataSubject._json_names),
    }

    common_name: str | None | Unset = UNSET
    country_name: str | None | Unset = UNSET
    locality_name: str | None | Unset = UNSET
    organizational_unit_name: str | None | Unset = UNSET
    organization_name: str | None | Unset = UNSET
    state_or_province_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.common_name is not UNSET:
            d["commonName"] = self.common_name
        if self.country_name is not UNSET:
            d["countryName"] = self.country_name
        if self.locality_name is not UNSET:
            d["localityName"] = self.locality_name
        if self.organizational_unit_name is not UNSET:
            d["organizationalUnitName"] = self.organizational_unit_name
        if self.organization_name is not UNSET:
            d["organizationName"] = self.organization_name
        if self.state_or_province_name is not UNSET:
            d["stateOrProvinceName"] = self.state_or_province_name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.common_name = d.pop("commonName", UNSET)
        obj.country_name = d.pop("countryName", UNSET)
        obj.locality_name = d.pop("localityName", UNSET)
        obj.organizational_unit_name = d.pop("organizationalUnitName", UNSET)
        obj.organization_name = d.pop("organizationName", UNSET)
        obj.state_or_province_name = d.pop("stateOrProvinceName", UNSET)
        obj.additional_properties = d
        return obj
