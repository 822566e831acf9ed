from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    device_signal_collection_policy_rule_device_signal_collection as _device_signal_collection_policy_rule_device_signal_collection,
)

if TYPE_CHECKING:
    from typing import Self

    from .device_signal_collection_policy_rule_device_signal_collection import (
        DeviceSignalCollectionPolicyRuleDeviceSignalCollection,
    )


def _parse_device_signal_collection(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_signal_collection_policy_rule_device_signal_collection.DeviceSignalCollectionPolicyRuleDeviceSignalCollection.from_json(
                v
            )
            if lazy
            else _device_signal_collection_policy_rule_device_signal_collection.DeviceSignalCollectionPolicyRuleDeviceSignalCollection.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _device_signal_collection_policy_rule_device_signal_collection.DeviceSignalCollectionPolicyRuleDeviceSignalCollection,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DeviceSignalCollectionPolicyRuleActions(OktaModel):
    """<x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle></x-lifecycle-container>Specifies
    actions to be taken, or operations that may be allowed, if the rule conditions are satisfied

    Attributes:
        device_signal_collection (`deviceSignalCollection`): Specifies how device context is collected when a user attempts to sign in
    """

    _json_names: ClassVar[dict[str, str]] = {
        "deviceSignalCollection": "device_signal_collection",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "device_signal_collection": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "device_signal_collection": ("deviceSignalCollection", _parse_device_signal_collection),
    }

    device_signal_collection: DeviceSignalCollectionPolicyRuleDeviceSignalCollection | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        device_signal_collection: DeviceSignalCollectionPolicyRuleDeviceSignalCollection | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if device_signal_collection is not UNSET:
            _set_field(self, "device_signal_collection", device_signal_collection)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("device_signal_collection", UNSET)) is not UNSET:
            d["deviceSignalCollection"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("deviceSignalCollection", UNSET)) is not UNSET:
            obj.device_signal_collection = _parse_device_signal_collection(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
