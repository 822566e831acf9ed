from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import telephony_request_data_context as _telephony_request_data_context
from . import telephony_request_data_message_profile as _telephony_request_data_message_profile
from . import telephony_request_data_user_profile as _telephony_request_data_user_profile

if TYPE_CHECKING:
    from typing import Self

    from .telephony_request_data_context import TelephonyRequestDataContext
    from .telephony_request_data_message_profile import TelephonyRequestDataMessageProfile
    from .telephony_request_data_user_profile import TelephonyRequestDataUserProfile


@_attrs_define(kw_only=True)
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
        "context": lambda d: (
            _telephony_request_data_context.TelephonyRequestDataContext.from_json(v)
            if (v := d.get("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_telephony_request_data_context.TelephonyRequestDataContext, v)
        ),
        "message_profile": lambda d: (
            _telephony_request_data_message_profile.TelephonyRequestDataMessageProfile.from_json(v)
            if (v := d.get("messageProfile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_telephony_request_data_message_profile.TelephonyRequestDataMessageProfile, v)
        ),
        "user_profile": lambda d: (
            _telephony_request_data_user_profile.TelephonyRequestDataUserProfile.from_json(v)
            if (v := d.get("userProfile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_telephony_request_data_user_profile.TelephonyRequestDataUserProfile, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TelephonyRequestData._json_names),
    }

    context: TelephonyRequestDataContext | None | Unset = UNSET
    message_profile: TelephonyRequestDataMessageProfile | None | Unset = UNSET
    user_profile: TelephonyRequestDataUserProfile | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.context is not UNSET:
            d["context"] = _convert.dump_model(self.context, omit_read_only)
        if self.message_profile is not UNSET:
            d["messageProfile"] = _convert.dump_model(self.message_profile, omit_read_only)
        if self.user_profile is not UNSET:
            d["userProfile"] = _convert.dump_model(self.user_profile, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.context = (
            _telephony_request_data_context.TelephonyRequestDataContext.from_dict(v)
            if (v := d.pop("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_telephony_request_data_context.TelephonyRequestDataContext, v)
        )
        obj.message_profile = (
            _telephony_request_data_message_profile.TelephonyRequestDataMessageProfile.from_dict(v)
            if (v := d.pop("messageProfile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_telephony_request_data_message_profile.TelephonyRequestDataMessageProfile, v)
        )
        obj.user_profile = (
            _telephony_request_data_user_profile.TelephonyRequestDataUserProfile.from_dict(v)
            if (v := d.pop("userProfile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_telephony_request_data_user_profile.TelephonyRequestDataUserProfile, v)
        )
        obj.additional_properties = d
        return obj
