from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class VerifyFactorRequest(OktaModel):
    """An Okta `VerifyFactorRequest`.

    Attributes:
        activation_token (`activationToken`): str
        answer: str
        attestation: str
        client_data (`clientData`): str
        next_pass_code (`nextPassCode`): str
        pass_code (`passCode`): str
        registration_data (`registrationData`): str
        state_token (`stateToken`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "activationToken": "activation_token",
        "answer": "answer",
        "attestation": "attestation",
        "clientData": "client_data",
        "nextPassCode": "next_pass_code",
        "passCode": "pass_code",
        "registrationData": "registration_data",
        "stateToken": "state_token",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "activation_token": "str",
        "answer": "str",
        "attestation": "str",
        "client_data": "str",
        "next_pass_code": "str",
        "pass_code": "str",
        "registration_data": "str",
        "state_token": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "activation_token": "activationToken",
        "answer": "answer",
        "attestation": "attestation",
        "client_data": "clientData",
        "next_pass_code": "nextPassCode",
        "pass_code": "passCode",
        "registration_data": "registrationData",
        "state_token": "stateToken",
        "additional_properties": lambda d: _convert.undeclared(d, VerifyFactorRequest._json_names),
    }

    activation_token: str | None | Unset = UNSET
    answer: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    attestation: str | None | Unset = UNSET
    client_data: str | None | Unset = UNSET
    next_pass_code: str | None | Unset = UNSET
    pass_code: str | None | Unset = UNSET
    registration_data: str | None | Unset = UNSET
    state_token: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.activation_token is not UNSET:
            d["activationToken"] = self.activation_token
        if self.answer is not UNSET:
            d["answer"] = self.answer
        if self.attestation is not UNSET:
            d["attestation"] = self.attestation
        if self.client_data is not UNSET:
            d["clientData"] = self.client_data
        if self.next_pass_code is not UNSET:
            d["nextPassCode"] = self.next_pass_code
        if self.pass_code is not UNSET:
            d["passCode"] = self.pass_code
        if self.registration_data is not UNSET:
            d["registrationData"] = self.registration_data
        if self.state_token is not UNSET:
            d["stateToken"] = self.state_token
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.activation_token = d.pop("activationToken", UNSET)
        obj.answer = d.pop("answer", UNSET)
        obj.attestation = d.pop("attestation", UNSET)
        obj.client_data = d.pop("clientData", UNSET)
        obj.next_pass_code = d.pop("nextPassCode", UNSET)
        obj.pass_code = d.pop("passCode", UNSET)
        obj.registration_data = d.pop("registrationData", UNSET)
        obj.state_token = d.pop("stateToken", UNSET)
        obj.additional_properties = d
        return obj
