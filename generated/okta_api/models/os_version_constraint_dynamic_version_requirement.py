from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .os_version_constraint_dynamic_version_requirement_type import OSVersionConstraintDynamicVersionRequirementType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(OSVersionConstraintDynamicVersionRequirementType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "type_": ("type", _parse_type_),
        "distance_from_latest_major": ("distanceFromLatestMajor", None),
        "latest_security_patch": ("latestSecurityPatch", None),
    }

    type_: OSVersionConstraintDynamicVersionRequirementType | None = _attrs_field(init=False)
    distance_from_latest_major: int | None = _attrs_field(init=False)
    latest_security_patch: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: OSVersionConstraintDynamicVersionRequirementType | None | Unset = UNSET,
        distance_from_latest_major: int | None | Unset = UNSET,
        latest_security_patch: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if distance_from_latest_major is not UNSET:
            _set_field(self, "distance_from_latest_major", distance_from_latest_major)
        if latest_security_patch is not UNSET:
            _set_field(self, "latest_security_patch", latest_security_patch)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("distance_from_latest_major", UNSET)) is not UNSET:
            d["distanceFromLatestMajor"] = v
        if (v := values.get("latest_security_patch", UNSET)) is not UNSET:
            d["latestSecurityPatch"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("distanceFromLatestMajor", UNSET)) is not UNSET:
            obj.distance_from_latest_major = v
        if (v := d.pop("latestSecurityPatch", UNSET)) is not UNSET:
            obj.latest_security_patch = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
