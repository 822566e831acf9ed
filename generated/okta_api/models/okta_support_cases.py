from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import okta_support_case as _okta_support_case

if TYPE_CHECKING:
    from typing import Self

    from .okta_support_case import OktaSupportCase


@_attrs_define(kw_only=True)
class OktaSupportCases(OktaModel):
    """An Okta `OktaSupportCases`.

    Attributes:
        support_cases (`supportCases`): list[OktaSupportCase]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "supportCases": "support_cases",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "support_cases": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "support_cases": lambda d: _convert.parse_model_list(
            _okta_support_case.OktaSupportCase.from_json, d.get("supportCases", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OktaSupportCases._json_names),
    }

    support_cases: list[OktaSupportCase] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.support_cases is not UNSET:
            d["supportCases"] = _convert.dump_model_list(self.support_cases, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.support_cases = _convert.parse_model_list(
            _okta_support_case.OktaSupportCase.from_dict, d.pop("supportCases", UNSET)
        )
        obj.additional_properties = d
        return obj
