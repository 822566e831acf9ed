from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .feature_stage_state import FeatureStageState
from .feature_stage_value import FeatureStageValue

if TYPE_CHECKING:
    from typing import Self


_parse_state = _convert.enum_parser(FeatureStageState)

_parse_value = _convert.enum_parser(FeatureStageValue)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class FeatureStage(OktaModel):
    """Current release cycle stage of a feature

    If a feature's stage value is `EA`, the state is `null` and not returned. If the value is `BETA`,
    the state is `OPEN` or `CLOSED` depending on whether the `BETA` feature is manageable.

    > **Note:** If a feature's stage is `OPEN BETA`, you can update it only in Preview cells. If a
    feature's stage is `CLOSED BETA`, you can disable it only in Preview cells.

    Attributes:
        state: Indicates the release state of the feature
        value: Current release stage of the feature
    """

    _json_names: ClassVar[dict[str, str]] = {
        "state": "state",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "state": "enum",
        "value": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "state": ("state", _parse_state),
        "value": ("value", _parse_value),
    }

    state: FeatureStageState | None = _attrs_field(init=False)
    value: FeatureStageValue | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        state: FeatureStageState | None | Unset = UNSET,
        value: FeatureStageValue | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if state is not UNSET:
            _set_field(self, "state", state)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("state", UNSET)) is not UNSET:
            d["state"] = v
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
        if (v := d.pop("state", UNSET)) is not UNSET:
            obj.state = _parse_state(v, False)
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = _parse_value(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
