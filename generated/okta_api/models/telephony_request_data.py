from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import telephony_request_data_context as _telephony_request_data_context
from . import telephony_request_data_message_profile as _telephony_request_data_message_profile
from . import telephony_request_data_user_profile as _telephony_request_data_user_profile

if TYPE_CHECKING:
    from typing import Self

    from .telephony_request_data_context import TelephonyRequestDataContext
    from .telephony_request_data_message_profile import TelephonyRequestDataMessageProfile
    from .telephony_request_data_user_profile import TelephonyRequestDataUserProfile


def _parse_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _telephony_request_data_context.TelephonyRequestDataContext.from_json(v)
            if lazy
            else _telephony_request_data_context.TelephonyRequestDataContext.from_dict(v)
        )
    return _convert.parse_model(_telephony_request_data_context.TelephonyRequestDataContext, v)


def _parse_message_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _telephony_request_data_message_profile.TelephonyRequestDataMessageProfile.from_json(v)
            if lazy
            else _telephony_request_data_message_profile.TelephonyRequestDataMessageProfile.from_dict(v)
        )
    return _convert.parse_model(_telephony_request_data_message_profile.TelephonyRequestDataMessageProfile, v)


def _parse_user_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _telephony_request_data_user_profile.TelephonyRequestDataUserProfile.from_json(v)
            if lazy
            else _telephony_request_data_user_profile.TelephonyRequestDataUserProfile.from_dict(v)
        )
    return _convert.parse_model(_telephony_request_data_user_profile.TelephonyRequestDataUserProfile, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TelephonyRequestData(OktaModel):
    """An Okta `TelephonyRequestData`.

    Attributes:
        context: TelephonyRequestDataContext
        message_profile (`messageProfile`): Message profile specifies information about the telephony (sms/voice) message to be sent
            to the Okta user
        user_profile (`userProfile`): User profile specifies information about the Okta user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "context": "context",
        "messageProfile": "message_profile",
        "userProfile": "user_profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "context": "model",
        "message_profile": "model",
        "user_profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "context": ("context", _parse_context),
        "message_profile": ("messageProfile", _parse_message_profile),
        "user_profile": ("userProfile", _parse_user_profile),
    }

    context: TelephonyRequestDataContext | None = _attrs_field(init=False)
    message_profile: TelephonyRequestDataMessageProfile | None = _attrs_field(init=False)
    user_profile: TelephonyRequestDataUserProfile | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        context: TelephonyRequestDataContext | None | Unset = UNSET,
        message_profile: TelephonyRequestDataMessageProfile | None | Unset = UNSET,
        user_profile: TelephonyRequestDataUserProfile | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if context is not UNSET:
            _set_field(self, "context", context)
        if message_profile is not UNSET:
            _set_field(self, "message_profile", message_profile)
        if user_profile is not UNSET:
            _set_field(self, "user_profile", user_profile)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("context", UNSET)) is not UNSET:
            d["context"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("message_profile", UNSET)) is not UNSET:
            d["messageProfile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_profile", UNSET)) is not UNSET:
            d["userProfile"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("context", UNSET)) is not UNSET:
            obj.context = _parse_context(v, False)
        if (v := d.pop("messageProfile", UNSET)) is not UNSET:
            obj.message_profile = _parse_message_profile(v, False)
        if (v := d.pop("userProfile", UNSET)) is not UNSET:
            obj.user_profile = _parse_user_profile(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
