from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .feature_stage_state import FeatureStageState
from .feature_stage_value import FeatureStageValue

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "state": lambda d: (
            _convert.parse_enum(FeatureStageState, v) if (v := d.get("state", UNSET)).__class__ is str else v
        ),
        "value": lambda d: (
            _convert.parse_enum(FeatureStageValue, v) if (v := d.get("value", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, FeatureStage._json_names),
    }

    state: FeatureStageState | None | Unset = UNSET
    value: FeatureStageValue | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.state is not UNSET:
            d["state"] = self.state
        if self.value is not UNSET:
            d["value"] = self.value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.state = _convert.parse_enum(FeatureStageState, v) if (v := d.pop("state", UNSET)).__class__ is str else v
        obj.value = _convert.parse_enum(FeatureStageValue, v) if (v := d.pop("value", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
