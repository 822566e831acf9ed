from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import channel_binding as _channel_binding
from . import compliance as _compliance
from .user_verification_enum import UserVerificationEnum

if TYPE_CHECKING:
    from typing import Self

    from .channel_binding import ChannelBinding
    from .compliance import Compliance


def _parse_channel_binding(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _channel_binding.ChannelBinding.from_json(v) if lazy else _channel_binding.ChannelBinding.from_dict(v)
    return _convert.parse_model(_channel_binding.ChannelBinding, v)


def _parse_compliance(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _compliance.Compliance.from_json(v) if lazy else _compliance.Compliance.from_dict(v)
    return _convert.parse_model(_compliance.Compliance, v)


_parse_user_verification = _convert.enum_parser(UserVerificationEnum)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "channel_binding": ("channelBinding", _parse_channel_binding),
        "compliance": ("compliance", _parse_compliance),
        "user_verification": ("userVerification", _parse_user_verification),
        "app_instance_id": ("appInstanceId", None),
    }

    channel_binding: ChannelBinding | None = _attrs_field(init=False)
    compliance: Compliance | None = _attrs_field(init=False)
    user_verification: UserVerificationEnum | None = _attrs_field(init=False)
    app_instance_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        channel_binding: ChannelBinding | None | Unset = UNSET,
        compliance: Compliance | None | Unset = UNSET,
        user_verification: UserVerificationEnum | None | Unset = UNSET,
        app_instance_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if channel_binding is not UNSET:
            _set_field(self, "channel_binding", channel_binding)
        if compliance is not UNSET:
            _set_field(self, "compliance", compliance)
        if user_verification is not UNSET:
            _set_field(self, "user_verification", user_verification)
        if app_instance_id is not UNSET:
            _set_field(self, "app_instance_id", app_instance_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("channel_binding", UNSET)) is not UNSET:
            d["channelBinding"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("compliance", UNSET)) is not UNSET:
            d["compliance"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_verification", UNSET)) is not UNSET:
            d["userVerification"] = v
        if (v := values.get("app_instance_id", UNSET)) is not UNSET:
            d["appInstanceId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("channelBinding", UNSET)) is not UNSET:
            obj.channel_binding = _parse_channel_binding(v, False)
        if (v := d.pop("compliance", UNSET)) is not UNSET:
            obj.compliance = _parse_compliance(v, False)
        if (v := d.pop("userVerification", UNSET)) is not UNSET:
            obj.user_verification = _parse_user_verification(v, False)
        if (v := d.pop("appInstanceId", UNSET)) is not UNSET:
            obj.app_instance_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
