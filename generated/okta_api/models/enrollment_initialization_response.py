from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import web_authn_cred_request as _web_authn_cred_request
from .enrollment_initialization_response_fulfillment_provider import EnrollmentInitializationResponseFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self

    from .web_authn_cred_request import WebAuthnCredRequest


@_attrs_define(kw_only=True)
class EnrollmentInitializationResponse(OktaModel):
    """Yubico transport key in the form of a JSON Web Token (JWK), used to encrypt our fulfillment request
    to Yubico. The currently agreed protocol uses P-384.

    Attributes:
        cred_requests (`credRequests`): List of credential requests for the fulfillment provider
        fulfillment_provider (`fulfillmentProvider`): Name of the fulfillment provider for the WebAuthn preregistration factor
        pin_request_jwe (`pinRequestJwe`): Encrypted JWE of PIN request for the fulfillment provider
        user_id (`userId`): ID of an existing Okta user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credRequests": "cred_requests",
        "fulfillmentProvider": "fulfillment_provider",
        "pinRequestJwe": "pin_request_jwe",
        "userId": "user_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "cred_requests": "list:model",
        "fulfillment_provider": "enum",
        "pin_request_jwe": "str",
        "user_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "cred_requests": lambda d: _convert.parse_model_list(
            _web_authn_cred_request.WebAuthnCredRequest.from_json, d.get("credRequests", UNSET)
        ),
        "fulfillment_provider": lambda d: (
            _convert.parse_enum(EnrollmentInitializationResponseFulfillmentProvider, v)
            if (v := d.get("fulfillmentProvider", UNSET)).__class__ is str
            else v
        ),
        "pin_request_jwe": "pinRequestJwe",
        "user_id": "userId",
        "additional_properties": lambda d: _convert.undeclared(d, EnrollmentInitializationResponse._json_names),
    }

    cred_requests: list[WebAuthnCredRequest] | None | Unset = UNSET
    fulfillment_provider: EnrollmentInitializationResponseFulfillmentProvider | None | Unset = UNSET
    pin_request_jwe: str | None | Unset = UNSET
    user_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.cred_requests is not UNSET:
            d["credRequests"] = _convert.dump_model_list(self.cred_requests, omit_read_only)
        if self.fulfillment_provider is not UNSET:
            d["fulfillmentProvider"] = self.fulfillment_provider
        if self.pin_request_jwe is not UNSET:
            d["pinRequestJwe"] = self.pin_request_jwe
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.cred_requests = _convert.parse_model_list(
            _web_authn_cred_request.WebAuthnCredRequest.from_dict, d.pop("credRequests", UNSET)
        )
        obj.fulfillment_provider = (
            _convert.parse_enum(EnrollmentInitializationResponseFulfillmentProvider, v)
            if (v := d.pop("fulfillmentProvider", UNSET)).__class__ is str
            else v
        )
        obj.pin_request_jwe = d.pop("pinRequestJwe", UNSET)
        obj.user_id = d.pop("userId", UNSET)
        obj.additional_properties = d
        return obj
