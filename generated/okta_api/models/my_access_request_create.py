from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import requester_field_value as _requester_field_value

if TYPE_CHECKING:
    from typing import Self

    from .requester_field_value import RequesterFieldValue


def _parse_requester_field_values(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _requester_field_value.RequesterFieldValue.from_json
        if lazy
        else _requester_field_value.RequesterFieldValue.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "requester_field_values": ("requesterFieldValues", _parse_requester_field_values),
    }

    requester_field_values: list[RequesterFieldValue] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        requester_field_values: list[RequesterFieldValue] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if requester_field_values is not UNSET:
            _set_field(self, "requester_field_values", requester_field_values)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("requester_field_values", UNSET)) is not UNSET:
            d["requesterFieldValues"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("requesterFieldValues", UNSET)) is not UNSET:
            obj.requester_field_values = _parse_requester_field_values(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
