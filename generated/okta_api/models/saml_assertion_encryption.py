from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .saml_assertion_encryption_encryption_algorithm import SamlAssertionEncryptionEncryptionAlgorithm
from .saml_assertion_encryption_key_transport_algorithm import SamlAssertionEncryptionKeyTransportAlgorithm

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SamlAssertionEncryption(OktaModel):
    """Determines if the app supports encrypted assertions

    Attributes:
        enabled: Indicates whether Okta encrypts the assertions that it sends to the Service Provider
        encryption_algorithm (`encryptionAlgorithm`): The encryption algorithm used to encrypt the SAML assertion
        key_transport_algorithm (`keyTransportAlgorithm`): The key transport algorithm used to encrypt the SAML assertion
        x5c: A list that contains exactly one x509 encoded certificate which Okta uses to encrypt the
            SAML assertion with
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "encryptionAlgorithm": "encryption_algorithm",
        "keyTransportAlgorithm": "key_transport_algorithm",
        "x5c": "x5c",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enabled": "bool",
        "encryption_algorithm": "enum",
        "key_transport_algorithm": "enum",
        "x5c": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enabled": "enabled",
        "encryption_algorithm": lambda d: (
            _convert.parse_enum(SamlAssertionEncryptionEncryptionAlgorithm, v)
            if (v := d.get("encryptionAlgorithm", UNSET)).__class__ is str
            else v
        ),
        "key_transport_algorithm": lambda d: (
            _convert.parse_enum(SamlAssertionEncryptionKeyTransportAlgorithm, v)
            if (v := d.get("keyTransportAlgorithm", UNSET)).__class__ is str
            else v
        ),
        "x5c": "x5c",
        "additional_properties": lambda d: _convert.undeclared(d, SamlAssertionEncryption._json_names),
    }

    enabled: bool | None | Unset = UNSET
    encryption_algorithm: SamlAssertionEncryptionEncryptionAlgorithm | None | Unset = UNSET
    key_transport_algorithm: SamlAssertionEncryptionKeyTransportAlgorithm | None | Unset = UNSET
    x5c: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.encryption_algorithm is not UNSET:
            d["encryptionAlgorithm"] = self.encryption_algorithm
        if self.key_transport_algorithm is not UNSET:
            d["keyTransportAlgorithm"] = self.key_transport_algorithm
        if self.x5c is not UNSET:
            d["x5c"] = self.x5c
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.enabled = d.pop("enabled", UNSET)
        obj.encryption_algorithm = (
            _convert.parse_enum(SamlAssertionEncryptionEncryptionAlgorithm, v)
            if (v := d.pop("encryptionAlgorithm", UNSET)).__class__ is str
            else v
        )
        obj.key_transport_algorithm = (
            _convert.parse_enum(SamlAssertionEncryptionKeyTransportAlgorithm, v)
            if (v := d.pop("keyTransportAlgorithm", UNSET)).__class__ is str
            else v
        )
        obj.x5c = d.pop("x5c", UNSET)
        obj.additional_properties = d
        return obj
