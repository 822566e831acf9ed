from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    device_signal_collection_policy_rule_device_signal_collection as _device_signal_collection_policy_rule_device_signal_collection,
)

if TYPE_CHECKING:
    from typing import Self

    from .device_signal_collection_policy_rule_device_signal_collection import (
        DeviceSignalCollectionPolicyRuleDeviceSignalCollection,
    )


@_attrs_define(kw_only=True)
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
        "device_signal_collection": lambda d: (
            _device_signal_collection_policy_rule_device_signal_collection.DeviceSignalCollectionPolicyRuleDeviceSignalCollection.from_json(
                v
            )
            if (v := d.get("deviceSignalCollection", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_signal_collection_policy_rule_device_signal_collection.DeviceSignalCollectionPolicyRuleDeviceSignalCollection,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DeviceSignalCollectionPolicyRuleActions._json_names),
    }

    device_signal_collection: DeviceSignalCollectionPolicyRuleDeviceSignalCollection | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.device_signal_collection is not UNSET:
            d["deviceSignalCollection"] = _convert.dump_model(self.device_signal_collection, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.device_signal_collection = (
            _device_signal_collection_policy_rule_device_signal_collection.DeviceSignalCollectionPolicyRuleDeviceSignalCollection.from_dict(
                v
            )
            if (v := d.pop("deviceSignalCollection", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _device_signal_collection_policy_rule_device_signal_collection.DeviceSignalCollectionPolicyRuleDeviceSignalCollection,
                v,
            )
        )
        obj.additional_properties = d
        return obj
