from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import os_version_constraint_dynamic_version_requirement as _os_version_constraint_dynamic_version_requirement
from .os_version_constraint_major_version_constraint import OSVersionConstraintMajorVersionConstraint

if TYPE_CHECKING:
    from typing import Self

    from .os_version_constraint_dynamic_version_requirement import OSVersionConstraintDynamicVersionRequirement


@_attrs_define(kw_only=True)
class OSVersionConstraint(OktaModel):
    """An Okta `OSVersionConstraint`.

    Attributes:
        major_version_constraint (`majorVersionConstraint`): Indicates the Windows major version
        dynamic_version_requirement (`dynamicVersionRequirement`): Contains the necessary properties for a dynamic Windows version requirement
        minimum: The Windows device version must be equal to or newer than the specified version
    """

    _json_names: ClassVar[dict[str, str]] = {
        "majorVersionConstraint": "major_version_constraint",
        "dynamicVersionRequirement": "dynamic_version_requirement",
        "minimum": "minimum",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "major_version_constraint": "enum",
        "dynamic_version_requirement": "model",
        "minimum": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "major_version_constraint": lambda d: (
            _convert.parse_enum(OSVersionConstraintMajorVersionConstraint, v)
            if (v := d.get("majorVersionConstraint", UNSET)).__class__ is str
            else v
        ),
        "dynamic_version_requirement": lambda d: (
            _os_version_constraint_dynamic_version_requirement.OSVersionConstraintDynamicVersionRequirement.from_json(v)
            if (v := d.get("dynamicVersionRequirement", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _os_version_constraint_dynamic_version_requirement.OSVersionConstraintDynamicVersionRequirement, v
            )
        ),
        "minimum": "minimum",
        "additional_properties": lambda d: _convert.undeclared(d, OSVersionConstraint._json_names),
    }

    major_version_constraint: OSVersionConstraintMajorVersionConstraint | None | Unset
    dynamic_version_requirement: OSVersionConstraintDynamicVersionRequirement | None | Unset = UNSET
    minimum: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.major_version_constraint is not UNSET:
            d["majorVersionConstraint"] = self.major_version_constraint
        if self.dynamic_version_requirement is not UNSET:
            d["dynamicVersionRequirement"] = _convert.dump_model(self.dynamic_version_requirement, omit_read_only)
        if self.minimum is not UNSET:
            d["minimum"] = self.minimum
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.major_version_constraint = (
            _convert.parse_enum(OSVersionConstraintMajorVersionConstraint, v)
            if (v := d.pop("majorVersionConstraint", UNSET)).__class__ is str
            else v
        )
        obj.dynamic_version_requirement = (
            _os_version_constraint_dynamic_version_requirement.OSVersionConstraintDynamicVersionRequirement.from_dict(v)
            if (v := d.pop("dynamicVersionRequirement", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _os_version_constraint_dynamic_version_requirement.OSVersionConstraintDynamicVersionRequirement, v
            )
        )
        obj.minimum = d.pop("minimum", UNSET)
        obj.additional_properties = d
        return obj
