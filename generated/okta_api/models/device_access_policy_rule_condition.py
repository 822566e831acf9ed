from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import device_policy_rule_condition_assurance as _device_policy_rule_condition_assurance

if TYPE_CHECKING:
    from typing import Self

    from .device_policy_rule_condition_assurance import DevicePolicyRuleConditionAssurance


def _parse_assurance(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _device_policy_rule_condition_assurance.DevicePolicyRuleConditionAssurance.from_json(v)
            if lazy
            else _device_policy_rule_condition_assurance.DevicePolicyRuleConditionAssurance.from_dict(v)
        )
    return _convert.parse_model(_device_policy_rule_condition_assurance.DevicePolicyRuleConditionAssurance, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DeviceAccessPolicyRuleCondition(OktaModel):
    """<x-lifecycle class="oie"></x-lifecycle> Specifies the device condition to match on

    Attributes:
        assurance: Specifies [device assurance
            policies](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/DeviceAssurance/)
            in the policy rule
        managed: Indicates if the device is managed. A device is considered managed if it's part of a
            device management system.
        registered: Indicates if the device is registered. A device is registered if the User enrolls with
            Okta Verify that's installed on the device.
            When the `managed` property is passed, you must also include the `registered` property and
            set it to `true`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "assurance": "assurance",
        "managed": "managed",
        "registered": "registered",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "assurance": "model",
        "managed": "bool",
        "registered": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "assurance": ("assurance", _parse_assurance),
        "managed": ("managed", None),
        "registered": ("registered", None),
    }

    assurance: DevicePolicyRuleConditionAssurance | None = _attrs_field(init=False)
    managed: bool | None = _attrs_field(init=False)
    registered: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        assurance: DevicePolicyRuleConditionAssurance | None | Unset = UNSET,
        managed: bool | None | Unset = UNSET,
        registered: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if assurance is not UNSET:
            _set_field(self, "assurance", assurance)
        if managed is not UNSET:
            _set_field(self, "managed", managed)
        if registered is not UNSET:
            _set_field(self, "registered", registered)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("assurance", UNSET)) is not UNSET:
            d["assurance"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("managed", UNSET)) is not UNSET:
            d["managed"] = v
        if (v := values.get("registered", UNSET)) is not UNSET:
            d["registered"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("assurance", UNSET)) is not UNSET:
            obj.assurance = _parse_assurance(v, False)
        if (v := d.pop("managed", UNSET)) is not UNSET:
            obj.managed = v
        if (v := d.pop("registered", UNSET)) is not UNSET:
            obj.registered = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
