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
        "fips_compliant": "fipsCompliant",
        "hardware_protected": "hardwareProtected",
        "platform_attached": "platformAttached",
        "additional_properties": lambda d: _convert.undeclared(d, AAGUIDAuthenticatorCharacteristics._json_names),
    }

    fips_compliant: bool | None | Unset = UNSET
    hardware_protected: bool | None | Unset = UNSET
    platform_attached: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.fips_compliant is not UNSET:
            d["fipsCompliant"] = self.fips_compliant
        if self.hardware_protected is not UNSET:
            d["hardwareProtected"] = self.hardware_protected
        if self.platform_attached is not UNSET:
            d["platformAttached"] = self.platform_attached
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.fips_compliant = d.pop("fipsCompliant", UNSET)
        obj.hardware_protected = d.pop("hardwareProtected", UNSET)
        obj.platform_attached = d.pop("platformAttached", UNSET)
        obj.additional_properties = d
        return obj
