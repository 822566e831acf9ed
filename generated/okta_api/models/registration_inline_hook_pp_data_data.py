from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import registration_inline_hook_pp_data_data_context as _registration_inline_hook_pp_data_data_context

if TYPE_CHECKING:
    from typing import Self

    from .registration_inline_hook_pp_data_data_context import RegistrationInlineHookPPDataDataContext


@_attrs_define(kw_only=True)
class RegistrationInlineHookPPDataData(OktaModel):
    """An Okta `RegistrationInlineHookPPDataData`.

    Attributes:
        context: RegistrationInlineHookPPDataDataContext
        action: The default action the system takes. Set to `ALLOW`. `DENY` is never sent to your external
            service
        user_profile_update (`userProfileUpdate`): Name-value pairs for each new attribute supplied by the user in the Progressive Profile
            form
    """

    _json_names: ClassVar[dict[str, str]] = {
        "context": "context",
        "action": "action",
        "userProfileUpdate": "user_profile_update",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "context": "model",
        "action": "str",
        "user_profile_update": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "context": lambda d: (
            _registration_inline_hook_pp_data_data_context.RegistrationInlineHookPPDataDataContext.from_json(v)
            if (v := d.get("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _registration_inline_hook_pp_data_data_context.RegistrationInlineHookPPDataDataContext, v
            )
        ),
        "action": "action",
        "user_profile_update": "userProfileUpdate",
        "additional_properties": lambda d: _convert.undeclared(d, RegistrationInlineHookPPDataData._json_names),
    }

    context: RegistrationInlineHookPPDataDataContext | None | Unset = UNSET
    action: str | None | Unset = UNSET
    user_profile_update: dict[str, Any] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.context is not UNSET:
            d["context"] = _convert.dump_model(self.context, omit_read_only)
        if self.action is not UNSET:
            d["action"] = self.action
        if self.user_profile_update is not UNSET:
            d["userProfileUpdate"] = self.user_profile_update
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
            _registration_inline_hook_pp_data_data_context.RegistrationInlineHookPPDataDataContext.from_dict(v)
            if (v := d.pop("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _registration_inline_hook_pp_data_data_context.RegistrationInlineHookPPDataDataContext, v
            )
        )
        obj.action = d.pop("action", UNSET)
        obj.user_profile_update = d.pop("userProfileUpdate", UNSET)
        obj.additional_properties = d
        return obj
