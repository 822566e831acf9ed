from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import os_version_dynamic_version_requirement as _os_version_dynamic_version_requirement

if TYPE_CHECKING:
    from typing import Self

    from .os_version_dynamic_version_requirement import OSVersionDynamicVersionRequirement


def _parse_dynamic_version_requirement(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _os_version_dynamic_version_requirement.OSVersionDynamicVersionRequirement.from_json(v)
            if lazy
            else _os_version_dynamic_version_requirement.OSVersionDynamicVersionRequirement.from_dict(v)
        )
    return _convert.parse_model(_os_version_dynamic_version_requirement.OSVersionDynamicVersionRequirement, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OSVersion(OktaModel):
    """Specifies the OS requirement for the policy.

    There are two types of OS requirements:

    * **Static**: A specific OS version requirement that doesn't change until you update the policy. A
    static OS requirement is specified with the `osVersion.minimum` property.
    * **Dynamic**: An OS version requirement that is relative to the latest major OS release and
    security patch. A dynamic OS requirement is specified with the `osVersion.dynamicVersionRequirement`
    property.
    > **Note:** Dynamic OS requirements are available only if the **Dynamic OS version compliance**
    [self-service
    EA](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
    feature is enabled. You can't specify both `osVersion.minimum` and
    `osVersion.dynamicVersionRequirement` properties at the same time.

    Attributes:
        dynamic_version_requirement (`dynamicVersionRequirement`): Contains the necessary properties for a dynamic version requirement
        minimum: The device version must be equal to or newer than the specified version string (maximum of
            three components for iOS and macOS, and maximum of four components for Android)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "dynamicVersionRequirement": "dynamic_version_requirement",
        "minimum": "minimum",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "dynamic_version_requirement": "model",
        "minimum": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "dynamic_version_requirement": ("dynamicVersionRequirement", _parse_dynamic_version_requirement),
        "minimum": ("minimum", None),
    }

    dynamic_version_requirement: OSVersionDynamicVersionRequirement | None = _attrs_field(init=False)
    minimum: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        dynamic_version_requirement: OSVersionDynamicVersionRequirement | None | Unset = UNSET,
        minimum: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
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
        if (v := d.pop("dynamicVersionRequirement", UNSET)) is not UNSET:
            obj.dynamic_version_requirement = _parse_dynamic_version_requirement(v, False)
        if (v := d.pop("minimum", UNSET)) is not UNSET:
            obj.minimum = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
