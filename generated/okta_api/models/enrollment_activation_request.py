from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import ec_key_jwk as _ec_key_jwk
from . import web_authn_cred_response as _web_authn_cred_response
from .enrollment_activation_request_fulfillment_provider import EnrollmentActivationRequestFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self

    from .ec_key_jwk import ECKeyJWK
    from .web_authn_cred_response import WebAuthnCredResponse


def _parse_cred_responses(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _web_authn_cred_response.WebAuthnCredResponse.from_json
        if lazy
        else _web_authn_cred_response.WebAuthnCredResponse.from_dict,
        v,
    )


_parse_fulfillment_provider = _convert.enum_parser(EnrollmentActivationRequestFulfillmentProvider)


def _parse_yubico_signing_jwks(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(_ec_key_jwk.ECKeyJWK.from_json if lazy else _ec_key_jwk.ECKeyJWK.from_dict, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "cred_responses": ("credResponses", _parse_cred_responses),
        "fulfillment_provider": ("fulfillmentProvider", _parse_fulfillment_provider),
        "pin_response_jwe": ("pinResponseJwe", None),
        "serial": ("serial", None),
        "user_id": ("userId", None),
        "version": ("version", None),
        "yubico_signing_jwks": ("yubicoSigningJwks", _parse_yubico_signing_jwks),
    }

    cred_responses: list[WebAuthnCredResponse] | None = _attrs_field(init=False)
    fulfillment_provider: EnrollmentActivationRequestFulfillmentProvider | None = _attrs_field(init=False)
    pin_response_jwe: str | None = _attrs_field(init=False)
    serial: str | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)
    version: str | None = _attrs_field(init=False)
    yubico_signing_jwks: list[ECKeyJWK] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        cred_responses: list[WebAuthnCredResponse] | None | Unset = UNSET,
        fulfillment_provider: EnrollmentActivationRequestFulfillmentProvider | None | Unset = UNSET,
        pin_response_jwe: str | None | Unset = UNSET,
        serial: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        yubico_signing_jwks: list[ECKeyJWK] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if cred_responses is not UNSET:
            _set_field(self, "cred_responses", cred_responses)
        if fulfillment_provider is not UNSET:
            _set_field(self, "fulfillment_provider", fulfillment_provider)
        if pin_response_jwe is not UNSET:
            _set_field(self, "pin_response_jwe", pin_response_jwe)
        if serial is not UNSET:
            _set_field(self, "serial", serial)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        if version is not UNSET:
            _set_field(self, "version", version)
        if yubico_signing_jwks is not UNSET:
            _set_field(self, "yubico_signing_jwks", yubico_signing_jwks)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("cred_responses", UNSET)) is not UNSET:
            d["credResponses"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("fulfillment_provider", UNSET)) is not UNSET:
            d["fulfillmentProvider"] = v
        if (v := values.get("pin_response_jwe", UNSET)) is not UNSET:
            d["pinResponseJwe"] = v
        if (v := values.get("serial", UNSET)) is not UNSET:
            d["serial"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET:
            d["userId"] = v
        if (v := values.get("version", UNSET)) is not UNSET:
            d["version"] = v
        if (v := values.get("yubico_signing_jwks", UNSET)) is not UNSET:
            d["yubicoSigningJwks"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("credResponses", UNSET)) is not UNSET:
            obj.cred_responses = _parse_cred_responses(v, False)
        if (v := d.pop("fulfillmentProvider", UNSET)) is not UNSET:
            obj.fulfillment_provider = _parse_fulfillment_provider(v, False)
        if (v := d.pop("pinResponseJwe", UNSET)) is not UNSET:
            obj.pin_response_jwe = v
        if (v := d.pop("serial", UNSET)) is not UNSET:
            obj.serial = v
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = v
        if (v := d.pop("yubicoSigningJwks", UNSET)) is not UNSET:
            obj.yubico_signing_jwks = _parse_yubico_signing_jwks(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
