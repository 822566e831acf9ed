from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .password_import_response_commands_item_value_credential import PasswordImportResponseCommandsItemValueCredential

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PasswordImportResponseCommandsItemValue(OktaModel):
    """The parameter value of the command.
    * To indicate that the supplied credentials are valid, supply a type property set to
    `com.okta.action.update` together with a value property set to `{"credential": "VERIFIED"}`.
    * To indicate that the supplied credentials are invalid, supply a type property set to
    `com.okta.action.update` together with a value property set to `{"credential": "UNVERIFIED"}`.
    Alternatively, you can send an empty response (`204`). By default, the `data.action.credential` is
    always set to `UNVERIFIED`.

    Attributes:
        credential: PasswordImportResponseCommandsItemValueCredential
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credential": "credential",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credential": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credential": lambda d: (
            _convert.parse_enum(PasswordImportResponseCommandsItemValueCredential, v)
            if (v := d.get("credential", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordImportResponseCommandsItemValue._json_names),
    }

    credential: PasswordImportResponseCommandsItemValueCredential | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.credential is not UNSET:
            d["credential"] = self.credential
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.credential = (
            _convert.parse_enum(PasswordImportResponseCommandsItemValueCredential, v)
            if (v := d.pop("credential", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
