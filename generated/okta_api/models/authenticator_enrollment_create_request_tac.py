from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authenticator_profile_tac_request as _authenticator_profile_tac_request

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_profile_tac_request import AuthenticatorProfileTacRequest


@_attrs_define(kw_only=True)
class AuthenticatorEnrollmentCreateRequestTac(OktaModel):
    """An Okta `AuthenticatorEnrollmentCreateRequestTac`.

    Attributes:
        authenticator_id (`authenticatorId`): Unique identifier of the TAC authenticator
        profile: Defines the authenticator specific parameters
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticatorId": "authenticator_id",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authenticator_id": "str",
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authenticator_id": "authenticatorId",
        "profile": lambda d: (
            _authenticator_profile_tac_request.AuthenticatorProfileTacRequest.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_profile_tac_request.AuthenticatorProfileTacRequest, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorEnrollmentCreateRequestTac._json_names),
    }

    authenticator_id: str | None | Unset
    profile: AuthenticatorProfileTacRequest | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authenticator_id is not UNSET:
            d["authenticatorId"] = self.authenticator_id
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authenticator_id = d.pop("authenticatorId", UNSET)
        obj.profile = (
            _authenticator_profile_tac_request.AuthenticatorProfileTacRequest.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_profile_tac_request.AuthenticatorProfileTacRequest, v)
        )
        obj.additional_properties = d
        return obj
