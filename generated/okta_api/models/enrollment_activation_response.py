from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .enrollment_activation_response_fulfillment_provider import EnrollmentActivationResponseFulfillmentProvider

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class EnrollmentActivationResponse(OktaModel):
    """Enrollment initialization response

    Attributes:
        authenticator_enrollment_ids (`authenticatorEnrollmentIds`): List of IDs for preregistered WebAuthn factors in Okta
        fulfillment_provider (`fulfillmentProvider`): Name of the fulfillment provider for the WebAuthn preregistration factor
        user_id (`userId`): ID of an existing Okta user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticatorEnrollmentIds": "authenticator_enrollment_ids",
        "fulfillmentProvider": "fulfillment_provider",
        "userId": "user_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authenticator_enrollment_ids": "list:str",
        "fulfillment_provider": "enum",
        "user_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authenticator_enrollment_ids": "authenticatorEnrollmentIds",
        "fulfillment_provider": lambda d: (
            _convert.parse_enum(EnrollmentActivationResponseFulfillmentProvider, v)
            if (v := d.get("fulfillmentProvider", UNSET)).__class__ is str
            else v
        ),
        "user_id": "userId",
        "additional_properties": lambda d: _convert.undeclared(d, EnrollmentActivationResponse._json_names),
    }

    authenticator_enrollment_ids: list[str] | None | Unset = UNSET
    fulfillment_provider: EnrollmentActivationResponseFulfillmentProvider | None | Unset = UNSET
    user_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authenticator_enrollment_ids is not UNSET:
            d["authenticatorEnrollmentIds"] = self.authenticator_enrollment_ids
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
        obj.authenticator_enrollment_ids = d.pop("authenticatorEnrollmentIds", UNSET)
        obj.fulfillment_provider = (
            _convert.parse_enum(EnrollmentActivationResponseFulfillmentProvider, v)
            if (v := d.pop("fulfillmentProvider", UNSET)).__class__ is str
            else v
        )
        obj.user_id = d.pop("userId", UNSET)
        obj.additional_properties = d
        return obj
