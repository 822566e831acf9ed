from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .saml_assertion_encryption_encryption_algorithm import SamlAssertionEncryptionEncryptionAlgorithm
from .saml_assertion_encryption_key_transport_algorithm import SamlAssertionEncryptionKeyTransportAlgorithm

if TYPE_CHECKING:
    from typing import Self


_parse_encryption_algorithm = _convert.enum_parser(SamlAssertionEncryptionEncryptionAlgorithm)

_parse_key_transport_algorithm = _convert.enum_parser(SamlAssertionEncryptionKeyTransportAlgorithm)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "enabled": ("enabled", None),
        "encryption_algorithm": ("encryptionAlgorithm", _parse_encryption_algorithm),
        "key_transport_algorithm": ("keyTransportAlgorithm", _parse_key_transport_algorithm),
        "x5c": ("x5c", None),
    }

    enabled: bool | None = _attrs_field(init=False)
    encryption_algorithm: SamlAssertionEncryptionEncryptionAlgorithm | None = _attrs_field(init=False)
    key_transport_algorithm: SamlAssertionEncryptionKeyTransportAlgorithm | None = _attrs_field(init=False)
    x5c: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        enabled: bool | None | Unset = UNSET,
        encryption_algorithm: SamlAssertionEncryptionEncryptionAlgorithm | None | Unset = UNSET,
        key_transport_algorithm: SamlAssertionEncryptionKeyTransportAlgorithm | None | Unset = UNSET,
        x5c: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if enabled is not UNSET:
            _set_field(self, "enabled", enabled)
        if encryption_algorithm is not UNSET:
            _set_field(self, "encryption_algorithm", encryption_algorithm)
        if key_transport_algorithm is not UNSET:
            _set_field(self, "key_transport_algorithm", key_transport_algorithm)
        if x5c is not UNSET:
            _set_field(self, "x5c", x5c)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("enabled", UNSET)) is not UNSET:
            d["enabled"] = v
        if (v := values.get("encryption_algorithm", UNSET)) is not UNSET:
            d["encryptionAlgorithm"] = v
        if (v := values.get("key_transport_algorithm", UNSET)) is not UNSET:
            d["keyTransportAlgorithm"] = v
        if (v := values.get("x5c", UNSET)) is not UNSET:
            d["x5c"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("enabled", UNSET)) is not UNSET:
            obj.enabled = v
        if (v := d.pop("encryptionAlgorithm", UNSET)) is not UNSET:
            obj.encryption_algorithm = _parse_encryption_algorithm(v, False)
        if (v := d.pop("keyTransportAlgorithm", UNSET)) is not UNSET:
            obj.key_transport_algorithm = _parse_key_transport_algorithm(v, False)
        if (v := d.pop("x5c", UNSET)) is not UNSET:
            obj.x5c = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
