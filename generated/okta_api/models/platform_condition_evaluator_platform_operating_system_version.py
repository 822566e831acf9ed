from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .platform_condition_operating_system_version_match_type import PlatformConditionOperatingSystemVersionMatchType

if TYPE_CHECKING:
    from typing import Self


_parse_match_type = _convert.enum_parser(PlatformConditionOperatingSystemVersionMatchType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PlatformConditionEvaluatorPlatformOperatingSystemVersion(OktaModel):
    """An Okta `PlatformConditionEvaluatorPlatformOperatingSystemVersion`.

    Attributes:
        match_type (`matchType`): PlatformConditionOperatingSystemVersionMatchType
        value: str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "matchType": "match_type",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "match_type": "enum",
        "value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "match_type": ("matchType", _parse_match_type),
        "value": ("value", None),
    }

    match_type: PlatformConditionOperatingSystemVersionMatchType | None = _attrs_field(init=False)
    value: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        match_type: PlatformConditionOperatingSystemVersionMatchType | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if match_type is not UNSET:
            _set_field(self, "match_type", match_type)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("match_type", UNSET)) is not UNSET:
            d["matchType"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("matchType", UNSET)) is not UNSET:
            obj.match_type = _parse_match_type(v, False)
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
