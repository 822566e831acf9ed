from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import ec_key_jwk as _ec_key_jwk
from . import web_authn_cred_response as _web_authn_cred_response
from .enrollment_activation_request_fulfillment_provider import EnrollmentActivationRequestFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self

    from .ec_key_jwk import ECKeyJWK
    from .web_authn_cred_response import WebAuthnCredResponse


@_attrs_define(kw_only=True)
class EnrollmentActivationRequest(OktaModel):
    """Enrollment Initialization Request

    Attributes:
        cred_responses (`credResponses`): List of credential responses from the fulfillment provider
        fulfillment_provider (`fulfillmentProvider`): Name of the fulfillment provider for the WebAuthn preregistration factor
        pin_response_jwe (`pinResponseJwe`): Encrypted JWE of the PIN response from the fulfillment provider
        serial: Serial number of the YubiKey
        user_id (`userId`): ID of an existing Okta user
        version: Firmware version of the YubiKey
        yubico_signing_jwks (`yubicoSigningJwks`): List of usable signing keys from Yubico (in JSON Web Key Sets (JWKS) format). The signing
            keys are used to verify the JSON Web Signature (JWS) inside the JWE.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credResponses": "cred_responses",
        "fulfillmentProvider": "fulfillment_provider",
        "pinResponseJwe": "pin_response_jwe",
        "serial": "serial",
        "userId": "user_id",
        "version": "version",
        "yubicoSigningJwks": "yubico_signing_jwks",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "cred_responses": "list:model",
        "fulfillment_provider": "enum",
        "pin_response_jwe": "str",
        "serial": "str",
        "user_id": "str",
        "version": "str",
        "yubico_signing_jwks": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "cred_responses": lambda d: _convert.parse_model_list(
            _web_authn_cred_response.WebAuthnCredResponse.from_json, d.get("credResponses", UNSET)
        ),
        "fulfillment_provider": lambda d: (
            _convert.parse_enum(EnrollmentActivationRequestFulfillmentProvider, v)
            if (v := d.get("fulfillmentProvider", UNSET)).__class__ is str
            else v
        ),
        "pin_response_jwe": "pinResponseJwe",
        "serial": "serial",
        "user_id": "userId",
        "version": "version",
        "yubico_signing_jwks": lambda d: _convert.parse_model_list(
            _ec_key_jwk.ECKeyJWK.from_json, d.get("yubicoSigningJwks", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EnrollmentActivationRequest._json_names),
    }

    cred_responses: list[WebAuthnCredResponse] | None | Unset = UNSET
    fulfillment_provider: EnrollmentActivationRequestFulfillmentProvider | None | Unset = UNSET
    pin_response_jwe: str | None | Unset = UNSET
    serial: str | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    version: str | None | Unset = UNSET
    yubico_signing_jwks: list[ECKeyJWK] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.cred_responses is not UNSET:
            d["credResponses"] = _convert.dump_model_list(self.cred_responses, omit_read_only)
        if self.fulfillment_provider is not UNSET:
            d["fulfillmentProvider"] = self.fulfillment_provider
        if self.pin_response_jwe is not UNSET:
            d["pinResponseJwe"] = self.pin_response_jwe
        if self.serial is not UNSET:
            d["serial"] = self.serial
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.version is not UNSET:
            d["version"] = self.version
        if self.yubico_signing_jwks is not UNSET:
            d["yubicoSigningJwks"] = _convert.dump_model_list(self.yubico_signing_jwks, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.cred_responses = _convert.parse_model_list(
            _web_authn_cred_response.WebAuthnCredResponse.from_dict, d.pop("credResponses", UNSET)
        )
        obj.fulfillment_provider = (
            _convert.parse_enum(EnrollmentActivationRequestFulfillmentProvider, v)
            if (v := d.pop("fulfillmentProvider", UNSET)).__class__ is str
            else v
        )
        obj.pin_response_jwe = d.pop("pinResponseJwe", UNSET)
        obj.serial = d.pop("serial", UNSET)
        obj.user_id = d.pop("userId", UNSET)
        obj.version = d.pop("version", UNSET)
        obj.yubico_signing_jwks = _convert.parse_model_list(
            _ec_key_jwk.ECKeyJWK.from_dict, d.pop("yubicoSigningJwks", UNSET)
        )
        obj.additional_properties = d
        return obj
