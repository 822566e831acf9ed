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
class WebAuthnCredRequest(OktaModel):
    """Credential request object for the initialized credential, along with the enrollment and key
    identifiers to associate with the credential

    Attributes:
        authenticator_enrollment_id (`authenticatorEnrollmentId`): ID for a WebAuthn preregistration factor in Okta
        cred_request_jwe (`credRequestJwe`): Encrypted JWE of credential request for the fulfillment provider
        key_id (`keyId`): ID for the Okta response key-pair used to encrypt and decrypt credential requests and
            responses
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticatorEnrollmentId": "authenticator_enrollment_id",
        "credRequestJwe": "cred_request_jwe",
        "keyId": "key_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authenticator_enrollment_id": "str",
        "cred_request_jwe": "str",
        "key_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authenticator_enrollment_id": "authenticatorEnrollmentId",
        "cred_request_jwe": "credRequestJwe",
        "key_id": "keyId",
        "additional_properties": lambda d: _convert.undeclared(d, WebAuthnCredRequest._json_names),
    }

    authenticator_enrollment_id: str | None | Unset = UNSET
    cred_request_jwe: str | None | Unset = UNSET
    key_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authenticator_enrollment_id is not UNSET:
            d["authenticatorEnrollmentId"] = self.authenticator_enrollment_id
        if self.cred_request_jwe is not UNSET:
            d["credRequestJwe"] = self.cred_request_jwe
        if self.key_id is not UNSET:
            d["keyId"] = self.key_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authenticator_enrollment_id = d.pop("authenticatorEnrollmentId", UNSET)
        obj.cred_request_jwe = d.pop("credRequestJwe", UNSET)
        obj.key_id = d.pop("keyId", UNSET)
        obj.additional_properties = d
        return obj
