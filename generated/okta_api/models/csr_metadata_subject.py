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
        "common_name": ("commonName", None),
        "country_name": ("countryName", None),
        "locality_name": ("localityName", None),
        "organizational_unit_name": ("organizationalUnitName", None),
        "organization_name": ("organizationName", None),
        "state_or_province_name": ("stateOrProvinceName", None),
    }

    common_name: str | None = _attrs_field(init=False)
    country_name: str | None = _attrs_field(init=False)
    locality_name: str | None = _attrs_field(init=False)
    organizational_unit_name: str | None = _attrs_field(init=False)
    organization_name: str | None = _attrs_field(init=False)
    state_or_province_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        common_name: str | None | Unset = UNSET,
        country_name: str | None | Unset = UNSET,
        locality_name: str | None | Unset = UNSET,
        organizational_unit_name: str | None | Unset = UNSET,
        organization_name: str | None | Unset = UNSET,
        state_or_province_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if common_name is not UNSET:
            _set_field(self, "common_name", common_name)
        if country_name is not UNSET:
            _set_field(self, "country_name", country_name)
        if locality_name is not UNSET:
            _set_field(self, "locality_name", locality_name)
        if organizational_unit_name is not UNSET:
            _set_field(self, "organizational_unit_name", organizational_unit_name)
        if organization_name is not UNSET:
            _set_field(self, "organization_name", organization_name)
        if state_or_province_name is not UNSET:
            _set_field(self, "state_or_province_name", state_or_province_name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("common_name", UNSET)) is not UNSET:
            d["commonName"] = v
        if (v := values.get("country_name", UNSET)) is not UNSET:
            d["countryName"] = v
        if (v := values.get("locality_name", UNSET)) is not UNSET:
            d["localityName"] = v
        if (v := values.get("organizational_unit_name", UNSET)) is not UNSET:
            d["organizationalUnitName"] = v
        if (v := values.get("organization_name", UNSET)) is not UNSET:
            d["organizationName"] = v
        if (v := values.get("state_or_province_name", UNSET)) is not UNSET:
            d["stateOrProvinceName"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("commonName", UNSET)) is not UNSET:
            obj.common_name = v
        if (v := d.pop("countryName", UNSET)) is not UNSET:
            obj.country_name = v
        if (v := d.pop("localityName", UNSET)) is not UNSET:
            obj.locality_name = v
        if (v := d.pop("organizationalUnitName", UNSET)) is not UNSET:
            obj.organizational_unit_name = v
        if (v := d.pop("organizationName", UNSET)) is not UNSET:
            obj.organization_name = v
        if (v := d.pop("stateOrProvinceName", UNSET)) is not UNSET:
            obj.state_or_province_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
