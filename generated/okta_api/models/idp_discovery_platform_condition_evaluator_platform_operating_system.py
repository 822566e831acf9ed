from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    platform_condition_evaluator_platform_operating_system_version as _platform_condition_evaluator_platform_operating_system_version,
)
from .idp_discovery_policy_platform_operating_system_type import IdpDiscoveryPolicyPlatformOperatingSystemType

if TYPE_CHECKING:
    from typing import Self

    from .platform_condition_evaluator_platform_operating_system_version import (
        PlatformConditionEvaluatorPlatformOperatingSystemVersion,
    )


@_attrs_define(kw_only=True)
class IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem(OktaModel):
    """An Okta `IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem`.

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
        "expression": "expression",
        "type_": lambda d: (
            _convert.parse_enum(IdpDiscoveryPolicyPlatformOperatingSystemType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "version": lambda d: (
            _platform_condition_evaluator_platform_operating_system_version.PlatformConditionEvaluatorPlatformOperatingSystemVersion.from_json(
                v
            )
            if (v := d.get("version", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _platform_condition_evaluator_platform_operating_system_version.PlatformConditionEvaluatorPlatformOperatingSystemVersion,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem._json_names
        ),
    }

    expression: str | None | Unset = UNSET
    type_: IdpDiscoveryPolicyPlatformOperatingSystemType | None | Unset = UNSET
    version: PlatformConditionEvaluatorPlatformOperatingSystemVersion | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expression is not UNSET:
            d["expression"] = self.expression
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.version is not UNSET:
            d["version"] = _convert.dump_model(self.version, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.expression = d.pop("expression", UNSET)
        obj.type_ = (
            _convert.parse_enum(IdpDiscoveryPolicyPlatformOperatingSystemType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.version = (
            _platform_condition_evaluator_platform_operating_system_version.PlatformConditionEvaluatorPlatformOperatingSystemVersion.from_dict(
                v
            )
            if (v := d.pop("version", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _platform_condition_evaluator_platform_operating_system_version.PlatformConditionEvaluatorPlatformOperatingSystemVersion,
                v,
            )
        )
        obj.additional_properties = d
        return obj
