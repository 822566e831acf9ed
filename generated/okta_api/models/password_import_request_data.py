from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import password_import_request_data_action as _password_import_request_data_action
from . import password_import_request_data_context as _password_import_request_data_context

if TYPE_CHECKING:
    from typing import Self

    from .password_import_request_data_action import PasswordImportRequestDataAction
    from .password_import_request_data_context import PasswordImportRequestDataContext


def _parse_action(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_import_request_data_action.PasswordImportRequestDataAction.from_json(v)
            if lazy
            else _password_import_request_data_action.PasswordImportRequestDataAction.from_dict(v)
        )
    return _convert.parse_model(_password_import_request_data_action.PasswordImportRequestDataAction, v)


def _parse_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_import_request_data_context.PasswordImportRequestDataContext.from_json(v)
            if lazy
            else _password_import_request_data_context.PasswordImportRequestDataContext.from_dict(v)
        )
    return _convert.parse_model(_password_import_request_data_context.PasswordImportRequestDataContext, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "action": ("action", _parse_action),
        "context": ("context", _parse_context),
    }

    action: PasswordImportRequestDataAction | None = _attrs_field(init=False)
    context: PasswordImportRequestDataContext | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        action: PasswordImportRequestDataAction | None | Unset = UNSET,
        context: PasswordImportRequestDataContext | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if action is not UNSET:
            _set_field(self, "action", action)
        if context is not UNSET:
            _set_field(self, "context", context)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("action", UNSET)) is not UNSET:
            d["action"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("context", UNSET)) is not UNSET:
            d["context"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("context", UNSET)) is not UNSET:
            obj.context = _parse_context(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
