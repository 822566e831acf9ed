from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import start_org_failback_response_200_results_item as _start_org_failback_response_200_results_item

if TYPE_CHECKING:
    from typing import Self

    from .start_org_failback_response_200_results_item import StartOrgFailbackResponse200ResultsItem


@_attrs_define(kw_only=True)
class StartOrgFailbackResponse200(OktaModel):
    """An Okta `StartOrgFailbackResponse200`.

    Attributes:
        results: Results of the failback operation
    """

    _json_names: ClassVar[dict[str, str]] = {
        "results": "results",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "results": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "results": lambda d: _convert.parse_model_list(
            _start_org_failback_response_200_results_item.StartOrgFailbackResponse200ResultsItem.from_json,
            d.get("results", UNSET),
        ),
        "additional_properties": lambda d: _convert.undeclared(d, StartOrgFailbackResponse200._json_names),
    }

    results: list[StartOrgFailbackResponse200ResultsItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.results is not UNSET:
            d["results"] = _convert.dump_model_list(self.results, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.results = _convert.parse_model_list(
            _start_org_failback_response_200_results_item.StartOrgFailbackResponse200ResultsItem.from_dict,
            d.pop("results", UNSET),
        )
        obj.additional_properties = d
        return obj
