from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .os_version_constraint_dynamic_version_requirement_type import OSVersionConstraintDynamicVersionRequirementType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OSVersionConstraintDynamicVersionRequirement(OktaModel):
    """Contains the necessary properties for a dynamic Windows version requirement

    Attributes:
        type_ (`type`): Indicates the type of the dynamic Windows version requirement
        distance_from_latest_major (`distanceFromLatestMajor`): Indicates the distance from the latest Windows major version
        latest_security_patch (`latestSecurityPatch`): Indicates whether the policy requires Windows devices to be on the latest security patch
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "distanceFromLatestMajor": "distance_from_latest_major",
        "latestSecurityPatch": "latest_security_patch",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "distance_from_latest_major": "int",
        "latest_security_patch": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(OSVersionConstraintDynamicVersionRequirementType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "distance_from_latest_major": "distanceFromLatestMajor",
        "latest_security_patch": "latestSecurityPatch",
        "additional_properties": lambda d: _convert.undeclared(
            d, OSVersionConstraintDynamicVersionRequirement._json_names
        ),
    }

    type_: OSVersionConstraintDynamicVersionRequirementType | None | Unset = UNSET
    distance_from_latest_major: int | None | Unset = UNSET
    latest_security_patch: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.distance_from_latest_major is not UNSET:
            d["distanceFromLatestMajor"] = self.distance_from_latest_major
        if self.latest_security_patch is not UNSET:
            d["latestSecurityPatch"] = self.latest_security_patch
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = (
            _convert.parse_enum(OSVersionConstraintDynamicVersionRequirementType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.distance_from_latest_major = d.pop("distanceFromLatestMajor", UNSET)
        obj.latest_security_patch = d.pop("latestSecurityPatch", UNSET)
        obj.additional_properties = d
        return obj
