from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import ec_key_jwk as _ec_key_jwk
from .enrollment_initialization_request_fulfillment_provider import EnrollmentInitializationRequestFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self

    from .ec_key_jwk import ECKeyJWK


_parse_fulfillment_provider = _convert.enum_parser(EnrollmentInitializationRequestFulfillmentProvider)


def _parse_yubico_transport_key_jwk(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _ec_key_jwk.ECKeyJWK.from_json(v) if lazy else _ec_key_jwk.ECKeyJWK.from_dict(v)
    return _convert.parse_model(_ec_key_jwk.ECKeyJWK, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "enrollment_rp_ids": ("enrollmentRpIds", None),
        "fulfillment_provider": ("fulfillmentProvider", _parse_fulfillment_provider),
        "user_id": ("userId", None),
        "yubico_transport_key_jwk": ("yubicoTransportKeyJWK", _parse_yubico_transport_key_jwk),
    }

    enrollment_rp_ids: list[str] | None = _attrs_field(init=False)
    fulfillment_provider: EnrollmentInitializationRequestFulfillmentProvider | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)
    yubico_transport_key_jwk: ECKeyJWK | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        enrollment_rp_ids: list[str] | None | Unset = UNSET,
        fulfillment_provider: EnrollmentInitializationRequestFulfillmentProvider | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        yubico_transport_key_jwk: ECKeyJWK | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if enrollment_rp_ids is not UNSET:
            _set_field(self, "enrollment_rp_ids", enrollment_rp_ids)
        if fulfillment_provider is not UNSET:
            _set_field(self, "fulfillment_provider", fulfillment_provider)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        if yubico_transport_key_jwk is not UNSET:
            _set_field(self, "yubico_transport_key_jwk", yubico_transport_key_jwk)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("enrollment_rp_ids", UNSET)) is not UNSET:
            d["enrollmentRpIds"] = v
        if (v := values.get("fulfillment_provider", UNSET)) is not UNSET:
            d["fulfillmentProvider"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET:
            d["userId"] = v
        if (v := values.get("yubico_transport_key_jwk", UNSET)) is not UNSET:
            d["yubicoTransportKeyJWK"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("enrollmentRpIds", UNSET)) is not UNSET:
            obj.enrollment_rp_ids = v
        if (v := d.pop("fulfillmentProvider", UNSET)) is not UNSET:
            obj.fulfillment_provider = _parse_fulfillment_provider(v, False)
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        if (v := d.pop("yubicoTransportKeyJWK", UNSET)) is not UNSET:
            obj.yubico_transport_key_jwk = _parse_yubico_transport_key_jwk(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
