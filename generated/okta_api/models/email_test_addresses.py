from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class EmailTestAddresses(OktaModel):
    """An Okta `EmailTestAddresses`.

    Attributes:
        from_address (`fromAddress`): Email address that sends test emails
        to_address (`toAddress`): Email address that receives test emails
    """

    _json_names: ClassVar[dict[str, str]] = {
        "fromAddress": "from_address",
        "toAddress": "to_address",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "from_address": "str",
        "to_address": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "from_address": "fromAddress",
        "to_address": "toAddress",
        "additional_properties": lambda d: _convert.undeclared(d, EmailTestAddresses._json_names),
    }

    from_address: str | None | Unset
    to_address: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.from_address is not UNSET:
            d["fromAddress"] = self.from_address
        if self.to_address is not UNSET:
            d["toAddress"] = self.to_address
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.from_address = d.pop("fromAddress", UNSET)
        obj.to_address = d.pop("toAddress", UNSET)
        obj.additional_properties = d
        return obj
