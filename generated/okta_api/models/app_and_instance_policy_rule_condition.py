from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    app_and_instance_condition_evaluator_app_or_instance as _app_and_instance_condition_evaluator_app_or_instance,
)

if TYPE_CHECKING:
    from typing import Self

    from .app_and_instance_condition_evaluator_app_or_instance import AppAndInstanceConditionEvaluatorAppOrInstance


def _parse_exclude(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _app_and_instance_condition_evaluator_app_or_instance.AppAndInstanceConditionEvaluatorAppOrInstance.from_json
        if lazy
        else _app_and_instance_condition_evaluator_app_or_instance.AppAndInstanceConditionEvaluatorAppOrInstance.from_dict,
        v,
    )


def _parse_include(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _app_and_instance_condition_evaluator_app_or_instance.AppAndInstanceConditionEvaluatorAppOrInstance.from_json
        if lazy
        else _app_and_instance_condition_evaluator_app_or_instance.AppAndInstanceConditionEvaluatorAppOrInstance.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AppAndInstancePolicyRuleCondition(OktaModel):
    """Specifies apps to include or exclude. If `include` is empty, then the condition is met for all apps.

    Attributes:
        exclude: The list of apps or app instances to exclude
        include: The list of apps or app instances to match on
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
        "exclude": ("exclude", _parse_exclude),
        "include": ("include", _parse_include),
    }

    exclude: list[AppAndInstanceConditionEvaluatorAppOrInstance] | None = _attrs_field(init=False)
    include: list[AppAndInstanceConditionEvaluatorAppOrInstance] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        exclude: list[AppAndInstanceConditionEvaluatorAppOrInstance] | None | Unset = UNSET,
        include: list[AppAndInstanceConditionEvaluatorAppOrInstance] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if exclude is not UNSET:
            _set_field(self, "exclude", exclude)
        if include is not UNSET:
            _set_field(self, "include", include)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("exclude", UNSET)) is not UNSET:
            d["exclude"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("include", UNSET)) is not UNSET:
            d["include"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("exclude", UNSET)) is not UNSET:
            obj.exclude = _parse_exclude(v, False)
        if (v := d.pop("include", UNSET)) is not UNSET:
            obj.include = _parse_include(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
