from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_import_request_data_action as _password_import_request_data_action
from . import password_import_request_data_context as _password_import_request_data_context

if TYPE_CHECKING:
    from typing import Self

    from .password_import_request_data_action import PasswordImportRequestDataAction
    from .password_import_request_data_context import PasswordImportRequestDataContext


@_attrs_define(kw_only=True)
class PasswordImportRequestData(OktaModel):
    """An Okta `PasswordImportRequestData`.

    Attributes:
        action: This object specifies the default action Okta is set to take. Okta takes this action if
            your external service sends an empty HTTP 204 response. You can override the default
            action by returning a commands object in your response specifying the action to take.
        context: PasswordImportRequestDataContext
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "context": "context",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "model",
        "context": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": lambda d: (
            _password_import_request_data_action.PasswordImportRequestDataAction.from_json(v)
            if (v := d.get("action", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_import_request_data_action.PasswordImportRequestDataAction, v)
        ),
        "context": lambda d: (
            _password_import_request_data_context.PasswordImportRequestDataContext.from_json(v)
            if (v := d.get("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_import_request_data_context.PasswordImportRequestDataContext, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordImportRequestData._json_names),
    }

    action: PasswordImportRequestDataAction | None | Unset = UNSET
    context: PasswordImportRequestDataContext | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = _convert.dump_model(self.action, omit_read_only)
        if self.context is not UNSET:
            d["context"] = _convert.dump_model(self.context, omit_read_only)
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
            _password_import_request_data_action.PasswordImportRequestDataAction.from_dict(v)
            if (v := d.pop("action", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_import_request_data_action.PasswordImportRequestDataAction, v)
        )
        obj.context = (
            _password_import_request_data_context.PasswordImportRequestDataContext.from_dict(v)
            if (v := d.pop("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_import_request_data_context.PasswordImportRequestDataContext, v)
        )
        obj.additional_properties = d
        return obj
