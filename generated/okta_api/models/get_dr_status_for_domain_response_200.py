from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import dr_status_item as _dr_status_item

if TYPE_CHECKING:
    from typing import Self

    from .dr_status_item import DRStatusItem


@_attrs_define(kw_only=True)
class GetDrStatusForDomainResponse200(OktaModel):
    """An Okta `GetDrStatusForDomainResponse200`.

    Attributes:
        status: List of domains and their disaster recovery status
    """

    _json_names: ClassVar[dict[str, str]] = {
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "status": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "status": lambda d: _convert.parse_model_list(_dr_status_item.DRStatusItem.from_json, d.get("status", UNSET)),
        "additional_properties": lambda d: _convert.undeclared(d, GetDrStatusForDomainResponse200._json_names),
    }

    status: list[DRStatusItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.status is not UNSET:
            d["status"] = _convert.dump_model_list(self.status, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.status = _convert.parse_model_list(_dr_status_item.DRStatusItem.from_dict, d.pop("status", UNSET))
        obj.additional_properties = d
        return obj
