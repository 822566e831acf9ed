from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import policy_context as _policy_context
from .policy_type_simulation import PolicyTypeSimulation

if TYPE_CHECKING:
    from typing import Self

    from .policy_context import PolicyContext


def _parse_policy_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _policy_context.PolicyContext.from_json(v) if lazy else _policy_context.PolicyContext.from_dict(v)
    return _convert.parse_model(_policy_context.PolicyContext, v)


def _parse_policy_types(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(PolicyTypeSimulation, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SimulatePolicyBody(OktaModel):
    """The request body required for a simulate policy operation

    Attributes:
        app_instance (`appInstance`): The application instance ID for a simulate operation
        policy_context (`policyContext`): PolicyContext
        policy_types (`policyTypes`): Supported policy types for a simulate operation. The default value, `null`, returns all
            types.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appInstance": "app_instance",
        "policyContext": "policy_context",
        "policyTypes": "policy_types",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_instance": "str",
        "policy_context": "model",
        "policy_types": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_instance": ("appInstance", None),
        "policy_context": ("policyContext", _parse_policy_context),
        "policy_types": ("policyTypes", _parse_policy_types),
    }

    app_instance: str | None = _attrs_field(init=False)
    policy_context: PolicyContext | None = _attrs_field(init=False)
    policy_types: list[PolicyTypeSimulation] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app_instance: str | None | Unset,
        policy_context: PolicyContext | None | Unset = UNSET,
        policy_types: list[PolicyTypeSimulation] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app_instance is not UNSET:
            _set_field(self, "app_instance", app_instance)
        if policy_context is not UNSET:
            _set_field(self, "policy_context", policy_context)
        if policy_types is not UNSET:
            _set_field(self, "policy_types", policy_types)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app_instance", UNSET)) is not UNSET:
            d["appInstance"] = v
        if (v := values.get("policy_context", UNSET)) is not UNSET:
            d["policyContext"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("policy_types", UNSET)) is not UNSET:
            d["policyTypes"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("appInstance", UNSET)) is not UNSET:
            obj.app_instance = v
        if (v := d.pop("policyContext", UNSET)) is not UNSET:
            obj.policy_context = _parse_policy_context(v, False)
        if (v := d.pop("policyTypes", UNSET)) is not UNSET:
            obj.policy_types = _parse_policy_types(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
