from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import inline_hook_request_object as _inline_hook_request_object
from . import registration_inline_hook_pp_data_data_context_user as _registration_inline_hook_pp_data_data_context_user

if TYPE_CHECKING:
    from typing import Self

    from .inline_hook_request_object import InlineHookRequestObject
    from .registration_inline_hook_pp_data_data_context_user import RegistrationInlineHookPPDataDataContextUser


def _parse_request(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _inline_hook_request_object.InlineHookRequestObject.from_json(v)
            if lazy
            else _inline_hook_request_object.InlineHookRequestObject.from_dict(v)
        )
    return _convert.parse_model(_inline_hook_request_object.InlineHookRequestObject, v)


def _parse_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _registration_inline_hook_pp_data_data_context_user.RegistrationInlineHookPPDataDataContextUser.from_json(v)
            if lazy
            else _registration_inline_hook_pp_data_data_context_user.RegistrationInlineHookPPDataDataContextUser.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _registration_inline_hook_pp_data_data_context_user.RegistrationInlineHookPPDataDataContextUser, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RegistrationInlineHookPPDataDataContext(OktaModel):
    """An Okta `RegistrationInlineHookPPDataDataContext`.

    Attributes:
        request: The API request that triggered the inline hook
        user: RegistrationInlineHookPPDataDataContextUser
    """

    _json_names: ClassVar[dict[str, str]] = {
        "request": "request",
        "user": "user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "request": "model",
        "user": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "request": ("request", _parse_request),
        "user": ("user", _parse_user),
    }

    request: InlineHookRequestObject | None = _attrs_field(init=False)
    user: RegistrationInlineHookPPDataDataContextUser | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        request: InlineHookRequestObject | None | Unset = UNSET,
        user: RegistrationInlineHookPPDataDataContextUser | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if request is not UNSET:
            _set_field(self, "request", request)
        if user is not UNSET:
            _set_field(self, "user", user)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("request", UNSET)) is not UNSET:
            d["request"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user", UNSET)) is not UNSET:
            d["user"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("request", UNSET)) is not UNSET:
            obj.request = _parse_request(v, False)
        if (v := d.pop("user", UNSET)) is not UNSET:
            obj.user = _parse_user(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
