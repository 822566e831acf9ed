from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import registration_inline_hook_ssr_data_data_context as _registration_inline_hook_ssr_data_data_context

if TYPE_CHECKING:
    from typing import Self

    from .registration_inline_hook_ssr_data_data_context import RegistrationInlineHookSSRDataDataContext


@_attrs_define(kw_only=True)
class RegistrationInlineHookSSRDataData(OktaModel):
    """An Okta `RegistrationInlineHookSSRDataData`.

    Attributes:
        context: RegistrationInlineHookSSRDataDataContext
        action: The default action the system will take. Will be `ALLOW`. `DENY` will never be sent to
            your external service.
        user_profile (`userProfile`): The name-value pairs for each registration-related attribute supplied by the user in the
            Profile Enrollment form.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "context": "context",
        "action": "action",
        "userProfile": "user_profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "context": "model",
        "action": "str",
        "user_profile": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "context": lambda d: (
            _registration_inline_hook_ssr_data_data_context.RegistrationInlineHookSSRDataDataContext.from_json(v)
            if (v := d.get("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _registration_inline_hook_ssr_data_data_context.RegistrationInlineHookSSRDataDataContext, v
            )
        ),
        "action": "action",
        "user_profile": "userProfile",
        "additional_properties": lambda d: _convert.undeclared(d, RegistrationInlineHookSSRDataData._json_names),
    }

    context: RegistrationInlineHookSSRDataDataContext | None | Unset = UNSET
    action: str | None | Unset = UNSET
    user_profile: dict[str, Any] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.context is not UNSET:
            d["context"] = _convert.dump_model(self.context, omit_read_only)
        if self.action is not UNSET:
            d["action"] = self.action
        if self.user_profile is not UNSET:
            d["userProfile"] = self.user_profile
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
            _registration_inline_hook_ssr_data_data_context.RegistrationInlineHookSSRDataDataContext.from_dict(v)
            if (v := d.pop("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _registration_inline_hook_ssr_data_data_context.RegistrationInlineHookSSRDataDataContext, v
            )
        )
        obj.action = d.pop("action", UNSET)
        obj.user_profile = d.pop("userProfile", UNSET)
        obj.additional_properties = d
        return obj
