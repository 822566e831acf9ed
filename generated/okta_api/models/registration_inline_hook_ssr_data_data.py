from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import registration_inline_hook_ssr_data_data_context as _registration_inline_hook_ssr_data_data_context

if TYPE_CHECKING:
    from typing import Self

    from .registration_inline_hook_ssr_data_data_context import RegistrationInlineHookSSRDataDataContext


def _parse_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _registration_inline_hook_ssr_data_data_context.RegistrationInlineHookSSRDataDataContext.from_json(v)
            if lazy
            else _registration_inline_hook_ssr_data_data_context.RegistrationInlineHookSSRDataDataContext.from_dict(v)
        )
    return _convert.parse_model(
        _registration_inline_hook_ssr_data_data_context.RegistrationInlineHookSSRDataDataContext, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "context": ("context", _parse_context),
        "action": ("action", None),
        "user_profile": ("userProfile", None),
    }

    context: RegistrationInlineHookSSRDataDataContext | None = _attrs_field(init=False)
    action: str | None = _attrs_field(init=False)
    user_profile: dict[str, Any] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        context: RegistrationInlineHookSSRDataDataContext | None | Unset = UNSET,
        action: str | None | Unset = UNSET,
        user_profile: dict[str, Any] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if context is not UNSET:
            _set_field(self, "context", context)
        if action is not UNSET:
            _set_field(self, "action", action)
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
        if (v := values.get("action", UNSET)) is not UNSET:
            d["action"] = v
        if (v := values.get("user_profile", UNSET)) is not UNSET:
            d["userProfile"] = v
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
        if (v := d.pop("action", UNSET)) is not UNSET:
            obj.action = v
        if (v := d.pop("userProfile", UNSET)) is not UNSET:
            obj.user_profile = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
