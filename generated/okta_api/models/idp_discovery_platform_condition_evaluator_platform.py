from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    idp_discovery_platform_condition_evaluator_platform_operating_system as _idp_discovery_platform_condition_evaluator_platform_operating_system,
)
from .policy_platform_type import PolicyPlatformType

if TYPE_CHECKING:
    from typing import Self

    from .idp_discovery_platform_condition_evaluator_platform_operating_system import (
        IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem,
    )


@_attrs_define(kw_only=True)
class IdpDiscoveryPlatformConditionEvaluatorPlatform(OktaModel):
    """An Okta `IdpDiscoveryPlatformConditionEvaluatorPlatform`.

    Attributes:
        os: IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem
        type_ (`type`): The type of platform
    """

    _json_names: ClassVar[dict[str, str]] = {
        "os": "os",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "os": "model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "os": lambda d: (
            _idp_discovery_platform_condition_evaluator_platform_operating_system.IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem.from_json(
                v
            )
            if (v := d.get("os", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _idp_discovery_platform_condition_evaluator_platform_operating_system.IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem,
                v,
            )
        ),
        "type_": lambda d: (
            _convert.parse_enum(PolicyPlatformType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, IdpDiscoveryPlatformConditionEvaluatorPlatform._json_names
        ),
    }

    os: IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem | None | Unset = UNSET
    type_: PolicyPlatformType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.os is not UNSET:
            d["os"] = _convert.dump_model(self.os, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.os = (
            _idp_discovery_platform_condition_evaluator_platform_operating_system.IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem.from_dict(
                v
            )
            if (v := d.pop("os", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _idp_discovery_platform_condition_evaluator_platform_operating_system.IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem,
                v,
            )
        )
        obj.type_ = _convert.parse_enum(PolicyPlatformType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
