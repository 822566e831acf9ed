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
class UserFactorActivateRequestType6(OktaModel):
    """webauthn

    Activates a `webauthn` factor with the specified attestation and registration information from the
    Passkey (FIDO2 WebAuthn) authenticator

    Attributes:
        attestation: Base64-encoded attestation from the Passkey (FIDO2 WebAuthn) authenticator
        client_data (`clientData`): Base64-encoded client data from the Passkey (FIDO2 WebAuthn) authenticator
    """

    _json_names: ClassVar[dict[str, str]] = {
        "attestation": "attestation",
        "clientData": "client_data",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "attestation": "str",
        "client_data": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "attestation": "attestation",
        "client_data": "clientData",
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorActivateRequestType6._json_names),
    }

    attestation: str | None | Unset = UNSET
    client_data: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.attestation is not UNSET:
            d["attestation"] = self.attestation
        if self.client_data is not UNSET:
            d["clientData"] = self.client_data
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.attestation = d.pop("attestation", UNSET)
        obj.client_data = d.pop("clientData", UNSET)
        obj.additional_properties = d
        return obj
