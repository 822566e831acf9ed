from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import os_version_constraint_dynamic_version_requirement as _os_version_constraint_dynamic_version_requirement
from .os_version_constraint_major_version_constraint import OSVersionConstraintMajorVersionConstraint

if TYPE_CHECKING:
    from typing import Self

    from .os_version_constraint_dynamic_version_requirement import OSVersionConstraintDynamicVersionRequirement


_parse_major_version_constraint = _convert.enum_parser(OSVersionConstraintMajorVersionConstraint)


def _parse_dynamic_version_requirement(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _os_version_constraint_dynamic_version_requirement.OSVersionConstraintDynamicVersionRequirement.from_json(v)
            if lazy
            else _os_version_constraint_dynamic_version_requirement.OSVersionConstraintDynamicVersionRequirement.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _os_version_constraint_dynamic_version_requirement.OSVersionConstraintDynamicVersionRequirement, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "major_version_constraint": ("majorVersionConstraint", _parse_major_version_constraint),
        "dynamic_version_requirement": ("dynamicVersionRequirement", _parse_dynamic_version_requirement),
        "minimum": ("minimum", None),
    }

    major_version_constraint: OSVersionConstraintMajorVersionConstraint | None = _attrs_field(init=False)
    dynamic_version_requirement: OSVersionConstraintDynamicVersionRequirement | None = _attrs_field(init=False)
    minimum: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        major_version_constraint: OSVersionConstraintMajorVersionConstraint | None | Unset,
        dynamic_version_requirement: OSVersionConstraintDynamicVersionRequirement | None | Unset = UNSET,
        minimum: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if major_version_constraint is not UNSET:
            _set_field(self, "major_version_constraint", major_version_constraint)
        if dynamic_version_requirement is not UNSET:
            _set_field(self, "dynamic_version_requirement", dynamic_version_requirement)
        if minimum is not UNSET:
            _set_field(self, "minimum", minimum)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("major_version_constraint", UNSET)) is not UNSET:
            d["majorVersionConstraint"] = v
        if (v := values.get("dynamic_version_requirement", UNSET)) is not UNSET:
            d["dynamicVersionRequirement"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("minimum", UNSET)) is not UNSET:
            d["minimum"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("majorVersionConstraint", UNSET)) is not UNSET:
            obj.major_version_constraint = _parse_major_version_constraint(v, False)
        if (v := d.pop("dynamicVersionRequirement", UNSET)) is not UNSET:
            obj.dynamic_version_requirement = _parse_dynamic_version_requirement(v, False)
        if (v := d.pop("minimum", UNSET)) is not UNSET:
            obj.minimum = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
