from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    platform_condition_evaluator_platform_operating_system_version as _platform_condition_evaluator_platform_operating_system_version,
)
from .policy_platform_operating_system_type import PolicyPlatformOperatingSystemType

if TYPE_CHECKING:
    from typing import Self

    from .platform_condition_evaluator_platform_operating_system_version import (
        PlatformConditionEvaluatorPlatformOperatingSystemVersion,
    )


_parse_type_ = _convert.enum_parser(PolicyPlatformOperatingSystemType)


def _parse_version(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _platform_condition_evaluator_platform_operating_system_version.PlatformConditionEvaluatorPlatformOperatingSystemVersion.from_json(
                v
            )
            if lazy
            else _platform_condition_evaluator_platform_operating_system_version.PlatformConditionEvaluatorPlatformOperatingSystemVersion.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _platform_condition_evaluator_platform_operating_system_version.PlatformConditionEvaluatorPlatformOperatingSystemVersion,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PlatformConditionEvaluatorPlatformOperatingSystem(OktaModel):
    """An Okta `PlatformConditionEvaluatorPlatformOperatingSystem`.

    Attributes:
        expression: str
        type_ (`type`): The type of operating system
        version: PlatformConditionEvaluatorPlatformOperatingSystemVersion
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expression": "expression",
        "type": "type_",
        "version": "version",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expression": "str",
        "type_": "enum",
        "version": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expression": ("expression", None),
        "type_": ("type", _parse_type_),
        "version": ("version", _parse_version),
    }

    expression: str | None = _attrs_field(init=False)
    type_: PolicyPlatformOperatingSystemType | None = _attrs_field(init=False)
    version: PlatformConditionEvaluatorPlatformOperatingSystemVersion | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        expression: str | None | Unset = UNSET,
        type_: PolicyPlatformOperatingSystemType | None | Unset = UNSET,
        version: PlatformConditionEvaluatorPlatformOperatingSystemVersion | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if expression is not UNSET:
            _set_field(self, "expression", expression)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if version is not UNSET:
            _set_field(self, "version", version)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("expression", UNSET)) is not UNSET:
            d["expression"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("version", UNSET)) is not UNSET:
            d["version"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("expression", UNSET)) is not UNSET:
            obj.expression = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = _parse_version(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
