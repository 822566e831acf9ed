from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import ec_key_jwk as _ec_key_jwk
from .enrollment_initialization_request_fulfillment_provider import EnrollmentInitializationRequestFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self

    from .ec_key_jwk import ECKeyJWK


@_attrs_define(kw_only=True)
class EnrollmentInitializationRequest(OktaModel):
    """Enrollment initialization request

    Attributes:
        enrollment_rp_ids (`enrollmentRpIds`): List of relying party hostnames to register on the YubiKey
        fulfillment_provider (`fulfillmentProvider`): Name of the fulfillment provider for the WebAuthn preregistration factor
        user_id (`userId`): ID of an existing Okta user
        yubico_transport_key_jwk (`yubicoTransportKeyJWK`): Elliptic curve key in JSON Web Key (JWK) format. It's used during enrollment to encrypt
            fulfillment requests to Yubico, or during activation to verify Yubico's JWS (JSON Web
            Signature) objects in fulfillment responses. The currently agreed protocol uses P-384.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enrollmentRpIds": "enrollment_rp_ids",
        "fulfillmentProvider": "fulfillment_provider",
        "userId": "user_id",
        "yubicoTransportKeyJWK": "yubico_transport_key_jwk",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enrollment_rp_ids": "list:str",
        "fulfillment_provider": "enum",
        "user_id": "str",
        "yubico_transport_key_jwk": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enrollment_rp_ids": "enrollmentRpIds",
        "fulfillment_provider": lambda d: (
            _convert.parse_enum(EnrollmentInitializationRequestFulfillmentProvider, v)
            if (v := d.get("fulfillmentProvider", UNSET)).__class__ is str
            else v
        ),
        "user_id": "userId",
        "yubico_transport_key_jwk": lambda d: (
            _ec_key_jwk.ECKeyJWK.from_json(v)
            if (v := d.get("yubicoTransportKeyJWK", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ec_key_jwk.ECKeyJWK, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EnrollmentInitializationRequest._json_names),
    }

    enrollment_rp_ids: list[str] | None | Unset = UNSET
    fulfillment_provider: EnrollmentInitializationRequestFulfillmentProvider | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    yubico_transport_key_jwk: ECKeyJWK | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enrollment_rp_ids is not UNSET:
            d["enrollmentRpIds"] = self.enrollment_rp_ids
        if self.fulfillment_provider is not UNSET:
            d["fulfillmentProvider"] = self.fulfillment_provider
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.yubico_transport_key_jwk is not UNSET:
            d["yubicoTransportKeyJWK"] = _convert.dump_model(self.yubico_transport_key_jwk, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.enrollment_rp_ids = d.pop("enrollmentRpIds", UNSET)
        obj.fulfillment_provider = (
            _convert.parse_enum(EnrollmentInitializationRequestFulfillmentProvider, v)
            if (v := d.pop("fulfillmentProvider", UNSET)).__class__ is str
            else v
        )
        obj.user_id = d.pop("userId", UNSET)
        obj.yubico_transport_key_jwk = (
            _ec_key_jwk.ECKeyJWK.from_dict(v)
            if (v := d.pop("yubicoTransportKeyJWK", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_ec_key_jwk.ECKeyJWK, v)
        )
        obj.additional_properties = d
        return obj
