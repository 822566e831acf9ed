from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "action": lambda d: (
            _user_import_request_data_action.UserImportRequestDataAction.from_json(v)
            if (v := d.get("action", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_action.UserImportRequestDataAction, v)
        ),
        "app_user": lambda d: (
            _user_import_request_data_app_user.UserImportRequestDataAppUser.from_json(v)
            if (v := d.get("appUser", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_app_user.UserImportRequestDataAppUser, v)
        ),
        "context": lambda d: (
            _user_import_request_data_context.UserImportRequestDataContext.from_json(v)
            if (v := d.get("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_context.UserImportRequestDataContext, v)
        ),
        "user": lambda d: (
            _user_import_request_data_user.UserImportRequestDataUser.from_json(v)
            if (v := d.get("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_user.UserImportRequestDataUser, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserImportRequestData._json_names),
    }

    action: UserImportRequestDataAction | None | Unset = UNSET
    app_user: UserImportRequestDataAppUser | None | Unset = UNSET
    context: UserImportRequestDataContext | None | Unset = UNSET
    user: UserImportRequestDataUser | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = _convert.dump_model(self.action, omit_read_only)
        if self.app_user is not UNSET:
            d["appUser"] = _convert.dump_model(self.app_user, omit_read_only)
        if self.context is not UNSET:
            d["context"] = _convert.dump_model(self.context, omit_read_only)
        if self.user is not UNSET:
            d["user"] = _convert.dump_model(self.user, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.action = (
            _user_import_request_data_action.UserImportRequestDataAction.from_dict(v)
            if (v := d.pop("action", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_action.UserImportRequestDataAction, v)
        )
        obj.app_user = (
            _user_import_request_data_app_user.UserImportRequestDataAppUser.from_dict(v)
            if (v := d.pop("appUser", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_app_user.UserImportRequestDataAppUser, v)
        )
        obj.context = (
            _user_import_request_data_context.UserImportRequestDataContext.from_dict(v)
            if (v := d.pop("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_context.UserImportRequestDataContext, v)
        )
        obj.user = (
            _user_import_request_data_user.UserImportRequestDataUser.from_dict(v)
            if (v := d.pop("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_user.UserImportRequestDataUser, v)
        )
        obj.additional_properties = d
        return obj
