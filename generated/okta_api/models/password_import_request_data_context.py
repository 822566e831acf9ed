from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import inline_hook_request_object as _inline_hook_request_object
from . import password_import_request_data_context_credential as _password_import_request_data_context_credential

if TYPE_CHECKING:
    from typing import Self

    from .inline_hook_request_object import InlineHookRequestObject
    from .password_import_request_data_context_credential import PasswordImportRequestDataContextCredential


@_attrs_define(kw_only=True)
class PasswordImportRequestDataContext(OktaModel):
    """An Okta `PasswordImportRequestDataContext`.

    Attributes:
        request: The API request that triggered the inline hook
        credential: PasswordImportRequestDataContextCredential
    """

    _json_names: ClassVar[dict[str, str]] = {
        "request": "request",
        "credential": "credential",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "request": "model",
        "credential": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "request": lambda d: (
            _inline_hook_request_object.InlineHookRequestObject.from_json(v)
            if (v := d.get("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_request_object.InlineHookRequestObject, v)
        ),
        "credential": lambda d: (
            _password_import_request_data_context_credential.PasswordImportRequestDataContextCredential.from_json(v)
            if (v := d.get("credential", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_import_request_data_context_credential.PasswordImportRequestDataContextCredential, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordImportRequestDataContext._json_names),
    }

    request: InlineHookRequestObject | None | Unset = UNSET
    credential: PasswordImportRequestDataContextCredential | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.request is not UNSET:
            d["request"] = _convert.dump_model(self.request, omit_read_only)
        if self.credential is not UNSET:
            d["credential"] = _convert.dump_model(self.credential, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.request = (
            _inline_hook_request_object.InlineHookRequestObject.from_dict(v)
            if (v := d.pop("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_request_object.InlineHookRequestObject, v)
        )
        obj.credential = (
            _password_import_request_data_context_credential.PasswordImportRequestDataContextCredential.from_dict(v)
            if (v := d.pop("credential", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_import_request_data_context_credential.PasswordImportRequestDataContextCredential, v
            )
        )
        obj.additional_properties = d
        return obj
