from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import requester_field_value as _requester_field_value

if TYPE_CHECKING:
    from typing import Self

    from .requester_field_value import RequesterFieldValue


@_attrs_define(kw_only=True)
class MyAccessRequestCreate(OktaModel):
    """Body of a new access request. Send `{}` when the entry has no requester fields.

    Attributes:
        requester_field_values (`requesterFieldValues`): Values for the entry's requester fields.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "requesterFieldValues": "requester_field_values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "requester_field_values": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "requester_field_values": lambda d: _convert.parse_model_list(
            _requester_field_value.RequesterFieldValue.from_json, d.get("requesterFieldValues", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MyAccessRequestCreate._json_names),
    }

    requester_field_values: list[RequesterFieldValue] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.requester_field_values is not UNSET:
            d["requesterFieldValues"] = _convert.dump_model_list(self.requester_field_values, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.requester_field_values = _convert.parse_model_list(
            _requester_field_value.RequesterFieldValue.from_dict, d.pop("requesterFieldValues", UNSET)
        )
        obj.additional_properties = d
        return obj
