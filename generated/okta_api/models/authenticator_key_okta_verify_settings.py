from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import channel_binding as _channel_binding
from . import compliance as _compliance
from .user_verification_enum import UserVerificationEnum

if TYPE_CHECKING:
    from typing import Self

    from .channel_binding import ChannelBinding
    from .compliance import Compliance


@_attrs_define(kw_only=True)
class AuthenticatorKeyOktaVerifySettings(OktaModel):
    """An Okta `AuthenticatorKeyOktaVerifySettings`.

    Attributes:
        channel_binding (`channelBinding`): ChannelBinding
        compliance: Compliance
        user_verification (`userVerification`): User verification settings. Possible values `DISCOURAGED` (the authenticator isn't asked
            to perform user verification, but may do so at its discretion), `PREFERRED` (the client
            uses an authenticator capable of user verification if possible), or `REQUIRED` (the client
            uses only an authenticator capable of user verification)
        app_instance_id (`appInstanceId`): The application instance ID
    """

    _json_names: ClassVar[dict[str, str]] = {
        "channelBinding": "channel_binding",
        "compliance": "compliance",
        "userVerification": "user_verification",
        "appInstanceId": "app_instance_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "channel_binding": "model",
        "compliance": "model",
        "user_verification": "enum",
        "app_instance_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "channel_binding": lambda d: (
            _channel_binding.ChannelBinding.from_json(v)
            if (v := d.get("channelBinding", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_channel_binding.ChannelBinding, v)
        ),
        "compliance": lambda d: (
            _compliance.Compliance.from_json(v)
            if (v := d.get("compliance", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_compliance.Compliance, v)
        ),
        "user_verification": lambda d: (
            _convert.parse_enum(UserVerificationEnum, v)
            if (v := d.get("userVerification", UNSET)).__class__ is str
            else v
        ),
        "app_instance_id": "appInstanceId",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorKeyOktaVerifySettings._json_names),
    }

    channel_binding: ChannelBinding | None | Unset = UNSET
    compliance: Compliance | None | Unset = UNSET
    user_verification: UserVerificationEnum | None | Unset = UNSET
    app_instance_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.channel_binding is not UNSET:
            d["channelBinding"] = _convert.dump_model(self.channel_binding, omit_read_only)
        if self.compliance is not UNSET:
            d["compliance"] = _convert.dump_model(self.compliance, omit_read_only)
        if self.user_verification is not UNSET:
            d["userVerification"] = self.user_verification
        if self.app_instance_id is not UNSET:
            d["appInstanceId"] = self.app_instance_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.channel_binding = (
            _channel_binding.ChannelBinding.from_dict(v)
            if (v := d.pop("channelBinding", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_channel_binding.ChannelBinding, v)
        )
        obj.compliance = (
            _compliance.Compliance.from_dict(v)
            if (v := d.pop("compliance", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_compliance.Compliance, v)
        )
        obj.user_verification = (
            _convert.parse_enum(UserVerificationEnum, v)
            if (v := d.pop("userVerification", UNSET)).__class__ is str
            else v
        )
        obj.app_instance_id = d.pop("appInstanceId", UNSET)
        obj.additional_properties = d
        return obj
