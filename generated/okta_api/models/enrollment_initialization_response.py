from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import web_authn_cred_request as _web_authn_cred_request
from .enrollment_initialization_response_fulfillment_provider import EnrollmentInitializationResponseFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self

    from .web_authn_cred_request import WebAuthnCredRequest


def _parse_cred_requests(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _web_authn_cred_request.WebAuthnCredRequest.from_json
        if lazy
        else _web_authn_cred_request.WebAuthnCredRequest.from_dict,
        v,
    )


_parse_fulfillment_provider = _convert.enum_parser(EnrollmentInitializationResponseFulfillmentProvider)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "cred_requests": ("credRequests", _parse_cred_requests),
        "fulfillment_provider": ("fulfillmentProvider", _parse_fulfillment_provider),
        "pin_request_jwe": ("pinRequestJwe", None),
        "user_id": ("userId", None),
    }

    cred_requests: list[WebAuthnCredRequest] | None = _attrs_field(init=False)
    fulfillment_provider: EnrollmentInitializationResponseFulfillmentProvider | None = _attrs_field(init=False)
    pin_request_jwe: str | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        cred_requests: list[WebAuthnCredRequest] | None | Unset = UNSET,
        fulfillment_provider: EnrollmentInitializationResponseFulfillmentProvider | None | Unset = UNSET,
        pin_request_jwe: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if cred_requests is not UNSET:
            _set_field(self, "cred_requests", cred_requests)
        if fulfillment_provider is not UNSET:
            _set_field(self, "fulfillment_provider", fulfillment_provider)
        if pin_request_jwe is not UNSET:
            _set_field(self, "pin_request_jwe", pin_request_jwe)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("cred_requests", UNSET)) is not UNSET:
            d["credRequests"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("fulfillment_provider", UNSET)) is not UNSET:
            d["fulfillmentProvider"] = v
        if (v := values.get("pin_request_jwe", UNSET)) is not UNSET:
            d["pinRequestJwe"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET:
            d["userId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("credRequests", UNSET)) is not UNSET:
            obj.cred_requests = _parse_cred_requests(v, False)
        if (v := d.pop("fulfillmentProvider", UNSET)) is not UNSET:
            obj.fulfillment_provider = _parse_fulfillment_provider(v, False)
        if (v := d.pop("pinRequestJwe", UNSET)) is not UNSET:
            obj.pin_request_jwe = v
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
