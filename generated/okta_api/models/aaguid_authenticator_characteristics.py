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
class AAGUIDAuthenticatorCharacteristics(OktaModel):
    """Contains additional properties about custom AAGUID.

    Attributes:
        fips_compliant (`fipsCompliant`): Indicates whether the authenticator meets Federal Information Processing Standards (FIPS)
            compliance requirements
        hardware_protected (`hardwareProtected`): Indicates whether the authenticator stores the private key on a hardware component
        platform_attached (`platformAttached`): Indicates whether the custom AAGUID is built into the authenticator (`true`) or if it's a
            separate, external authenticator
    """

    _json_names: ClassVar[dict[str, str]] = {
        "fipsCompliant": "fips_compliant",
        "hardwareProtected": "hardware_protected",
        "platformAttached": "platform_attached",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "fips_compliant": "bool",
        "hardware_protected": "bool",
        "platform_attached": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "fips_compliant": ("fipsCompliant", None),
        "hardware_protected": ("hardwareProtected", None),
        "platform_attached": ("platformAttached", None),
    }

    fips_compliant: bool | None = _attrs_field(init=False)
    hardware_protected: bool | None = _attrs_field(init=False)
    platform_attached: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        fips_compliant: bool | None | Unset = UNSET,
        hardware_protected: bool | None | Unset = UNSET,
        platform_attached: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if fips_compliant is not UNSET:
            _set_field(self, "fips_compliant", fips_compliant)
        if hardware_protected is not UNSET:
            _set_field(self, "hardware_protected", hardware_protected)
        if platform_attached is not UNSET:
            _set_field(self, "platform_attached", platform_attached)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("fips_compliant", UNSET)) is not UNSET:
            d["fipsCompliant"] = v
        if (v := values.get("hardware_protected", UNSET)) is not UNSET:
            d["hardwareProtected"] = v
        if (v := values.get("platform_attached", UNSET)) is not UNSET:
            d["platformAttached"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("fipsCompliant", UNSET)) is not UNSET:
            obj.fips_compliant = v
        if (v := d.pop("hardwareProtected", UNSET)) is not UNSET:
            obj.hardware_protected = v
        if (v := d.pop("platformAttached", UNSET)) is not UNSET:
            obj.platform_attached = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
