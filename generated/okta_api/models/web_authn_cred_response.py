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
class WebAuthnCredResponse(OktaModel):
    """Credential response object for enrolled credential details, along with enrollment and key
    identifiers to associate the credential

    Attributes:
        authenticator_enrollment_id (`authenticatorEnrollmentId`): ID for a WebAuthn preregistration factor in Okta
        cred_response_jwe (`credResponseJwe`): Encrypted JSON Web Encryption (JWE) of the credential response from the fulfillment
            provider
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticatorEnrollmentId": "authenticator_enrollment_id",
        "credResponseJwe": "cred_response_jwe",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authenticator_enrollment_id": "str",
        "cred_response_jwe": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authenticator_enrollment_id": "authenticatorEnrollmentId",
        "cred_response_jwe": "credResponseJwe",
        "additional_properties": lambda d: _convert.undeclared(d, WebAuthnCredResponse._json_names),
    }

    authenticator_enrollment_id: str | None | Unset = UNSET
    cred_response_jwe: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authenticator_enrollment_id is not UNSET:
            d["authenticatorEnrollmentId"] = self.authenticator_enrollment_id
        if self.cred_response_jwe is not UNSET:
            d["credResponseJwe"] = self.cred_response_jwe
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
        obj.cred_response_jwe = d.pop("credResponseJwe", UNSET)
        obj.additional_properties = d
        return obj
