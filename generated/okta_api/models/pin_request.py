from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .pin_request_fulfillment_provider import PinRequestFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PinRequest(OktaModel):
    """Pin request

    Attributes:
        authenticator_enrollment_id (`authenticatorEnrollmentId`): ID for a WebAuthn preregistration factor in Okta
        fulfillment_provider (`fulfillmentProvider`): Name of the fulfillment provider for the WebAuthn preregistration factor
        user_id (`userId`): ID of an existing Okta user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticatorEnrollmentId": "authenticator_enrollment_id",
        "fulfillmentProvider": "fulfillment_provider",
        "userId": "user_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authenticator_enrollment_id": "str",
        "fulfillment_provider": "enum",
        "user_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authenticator_enrollment_id": "authenticatorEnrollmentId",
        "fulfillment_provider": lambda d: (
            _convert.parse_enum(PinRequestFulfillmentProvider, v)
            if (v := d.get("fulfillmentProvider", UNSET)).__class__ is str
            else v
        ),
        "user_id": "userId",
        "additional_properties": lambda d: _convert.undeclared(d, PinRequest._json_names),
    }

    authenticator_enrollment_id: str | None | Unset = UNSET
    fulfillment_provider: PinRequestFulfillmentProvider | None | Unset = UNSET
    user_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authenticator_enrollment_id is not UNSET:
            d["authenticatorEnrollmentId"] = self.authenticator_enrollment_id
        if self.fulfillment_provider is not UNSET:
            d["fulfillmentProvider"] = self.fulfillment_provider
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
        obj.authenticator_enrollment_id = d.pop("authenticatorEnrollmentId", UNSET)
        obj.fulfillment_provider = (
            _convert.parse_enum(PinRequestFulfillmentProvider, v)
            if (v := d.pop("fulfillmentProvider", UNSET)).__class__ is str
            else v
        )
        obj.user_id = d.pop("userId", UNSET)
        obj.additional_properties = d
        return obj
