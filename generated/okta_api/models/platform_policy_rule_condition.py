from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import platform_condition_evaluator_platform as _platform_condition_evaluator_platform

if TYPE_CHECKING:
    from typing import Self

    from .platform_condition_evaluator_platform import PlatformConditionEvaluatorPlatform


@_attrs_define(kw_only=True)
class PlatformPolicyRuleCondition(OktaModel):
    """Specifies a particular platform or device to match on

    Attributes:
        exclude: list[PlatformConditionEvaluatorPlatform]
        include: list[PlatformConditionEvaluatorPlatform]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "exclude": "exclude",
        "include": "include",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "exclude": "list:model",
        "include": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "exclude": lambda d: _convert.parse_model_list(
            _platform_condition_evaluator_platform.PlatformConditionEvaluatorPlatform.from_json, d.get("exclude", UNSET)
        ),
        "include": lambda d: _convert.parse_model_list(
            _platform_condition_evaluator_platform.PlatformConditionEvaluatorPlatform.from_json, d.get("include", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PlatformPolicyRuleCondition._json_names),
    }

    exclude: list[PlatformConditionEvaluatorPlatform] | None | Unset = UNSET
    include: list[PlatformConditionEvaluatorPlatform] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.exclude is not UNSET:
            d["exclude"] = _convert.dump_model_list(self.exclude, omit_read_only)
        if self.include is not UNSET:
            d["include"] = _convert.dump_model_list(self.include, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.exclude = _convert.parse_model_list(
            _platform_condition_evaluator_platform.PlatformConditionEvaluatorPlatform.from_dict, d.pop("exclude", UNSET)
        )
        obj.include = _convert.parse_model_list(
            _platform_condition_evaluator_platform.PlatformConditionEvaluatorPlatform.from_dict, d.pop("include", UNSET)
        )
        obj.additional_properties = d
        return obj
