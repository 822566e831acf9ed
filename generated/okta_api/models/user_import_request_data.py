from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_import_request_data_action as _user_import_request_data_action
from . import user_import_request_data_app_user as _user_import_request_data_app_user
from . import user_import_request_data_context as _user_import_request_data_context
from . import user_import_request_data_user as _user_import_request_data_user

if TYPE_CHECKING:
    from typing import Self

    from .user_import_request_data_action import UserImportRequestDataAction
    from .user_import_request_data_app_user import UserImportRequestDataAppUser
    from .user_import_request_data_context import UserImportRequestDataContext
    from .user_import_request_data_user import UserImportRequestDataUser


def _parse_action(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_import_request_data_action.UserImportRequestDataAction.from_json(v)
            if lazy
            else _user_import_request_data_action.UserImportRequestDataAction.from_dict(v)
        )
    return _convert.parse_model(_user_import_request_data_action.UserImportRequestDataAction, v)


def _parse_app_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_import_request_data_app_user.UserImportRequestDataAppUser.from_json(v)
            if lazy
            else _user_import_request_data_app_user.UserImportRequestDataAppUser.from_dict(v)
        )
    return _convert.parse_model(_user_import_request_data_app_user.UserImportRequestDataAppUser, v)


def _parse_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_import_request_data_context.UserImportRequestDataContext.from_json(v)
            if lazy
            else _user_import_request_data_context.UserImportRequestDataContext.from_dict(v)
        )
    return _convert.parse_model(_user_import_request_data_context.UserImportRequestDataContext, v)


def _parse_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_import_request_data_user.UserImportRequestDataUser.from_json(v)
            if lazy
            else _user_import_request_data_user.UserImportRequestDataUser.from_dict(v)
        )
    return _convert.parse_model(_user_import_request_data_user.UserImportRequestDataUser, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserImportRequestData(OktaModel):
    """An Okta `UserImportRequestData`.

    Attributes:
        action: The object that specifies the default action Okta is set to take
        app_user (`appUser`): The app user profile being imported
        context: UserImportRequestDataContext
        user: Provides information on the Okta user profile currently set to be used for the user who is
            being imported, based on the matching
            rules and attribute mappings that were applied.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "appUser": "app_user",
        "context": "context",
        "user": "user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "model",
        "app_user": "model",
        "context": "model",
        "user": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": ("action", _parse_action),
        "app_user": ("appUser", _parse_app_user),
        "context": ("context", _parse_context),
        "user": ("user", _parse_user),
    }

    action: UserImportRequestDataAction | None = _attrs_field(init=False)
    app_user: UserImportRequestDataAppUser | None = _attrs_field(init=False)
    context: UserImportRequestDataContext | None = _attrs_field(init=False)
    user: UserImportRequestDataUser | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        action: UserImportRequestDataAction | None | Unset = UNSET,
        app_user: UserImportRequestDataAppUser | None | Unset = UNSET,
        context: UserImportRequestDataContext | None | Unset = UNSET,
        user: UserImportRequestDataUser | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if action is not UNSET:
            _set_field(self, "action", action)
        if app_user is not UNSET:
            _set_field(self, "app_user", app_user)
        if context is not UNSET:
            _set_field(self, "context", context)
        if user is not UNSET:
            _set_field(self, "user", user)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("action", UNSET)) is not UNSET:
            d["action"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("app_user", UNSET)) is not UNSET:
            d["appUser"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("context", UNSET)) is not UNSET:
            d["context"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("action", UNSET)) is not UNSET:
            obj.action = _parse_action(v, False)
        if (v := d.pop("appUser", UNSET)) is not UNSET:
            obj.app_user = _parse_app_user(v, False)
        if (v := d.pop("context", UNSET)) is not UNSET:
            obj.context = _parse_context(v, False)
        if (v := d.pop("user", UNSET)) is not UNSET:
            obj.user = _parse_user(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
