from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import aaguid_authenticator_characteristics as _aaguid_authenticator_characteristics
from . import attestation_root_certificates_request_item as _attestation_root_certificates_request_item

if TYPE_CHECKING:
    from typing import Self

    from .aaguid_authenticator_characteristics import AAGUIDAuthenticatorCharacteristics
    from .attestation_root_certificates_request_item import AttestationRootCertificatesRequestItem


@_attrs_define(kw_only=True)
class CustomAAGUIDCreateRequestObject(OktaModel):
    """An Okta `CustomAAGUIDCreateRequestObject`.

    Attributes:
        aaguid: An Authenticator Attestation Global Unique Identifier (AAGUID) is a 128-bit identifier
            indicating the model.
        attestation_root_certificates (`attestationRootCertificates`): Contains the certificate and information about it
        authenticator_characteristics (`authenticatorCharacteristics`): Contains additional properties about custom AAGUID.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "aaguid": "aaguid",
        "attestationRootCertificates": "attestation_root_certificates",
        "authenticatorCharacteristics": "authenticator_characteristics",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "aaguid": "str",
        "attestation_root_certificates": "list:model",
        "authenticator_characteristics": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "aaguid": "aaguid",
        "attestation_root_certificates": lambda d: _convert.parse_model_list(
            _attestation_root_certificates_request_item.AttestationRootCertificatesRequestItem.from_json,
            d.get("attestationRootCertificates", UNSET),
        ),
        "authenticator_characteristics": lambda d: (
            _aaguid_authenticator_characteristics.AAGUIDAuthenticatorCharacteristics.from_json(v)
            if (v := d.get("authenticatorCharacteristics", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_aaguid_authenticator_characteristics.AAGUIDAuthenticatorCharacteristics, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CustomAAGUIDCreateRequestObject._json_names),
    }

    aaguid: str | None | Unset = UNSET
    attestation_root_certificates: list[AttestationRootCertificatesRequestItem] | None | Unset = UNSET
    authenticator_characteristics: AAGUIDAuthenticatorCharacteristics | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.aaguid is not UNSET:
            d["aaguid"] = self.aaguid
        if self.attestation_root_certificates is not UNSET:
            d["attestationRootCertificates"] = _convert.dump_model_list(
                self.attestation_root_certificates, omit_read_only
            )
        if self.authenticator_characteristics is not UNSET:
            d["authenticatorCharacteristics"] = _convert.dump_model(self.authenticator_characteristics, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.aaguid = d.pop("aaguid", UNSET)
        obj.attestation_root_certificates = _convert.parse_model_list(
            _attestation_root_certificates_request_item.AttestationRootCertificatesRequestItem.from_dict,
            d.pop("attestationRootCertificates", UNSET),
        )
        obj.authenticator_characteristics = (
            _aaguid_authenticator_characteristics.AAGUIDAuthenticatorCharacteristics.from_dict(v)
            if (v := d.pop("authenticatorCharacteristics", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_aaguid_authenticator_characteristics.AAGUIDAuthenticatorCharacteristics, v)
        )
        obj.additional_properties = d
        return obj
