from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import policy_context_device as _policy_context_device
from . import policy_context_groups as _policy_context_groups
from . import policy_context_risk as _policy_context_risk
from . import policy_context_user as _policy_context_user
from . import policy_context_zones as _policy_context_zones

if TYPE_CHECKING:
    from typing import Self

    from .policy_context_device import PolicyContextDevice
    from .policy_context_groups import PolicyContextGroups
    from .policy_context_risk import PolicyContextRisk
    from .policy_context_user import PolicyContextUser
    from .policy_context_zones import PolicyContextZones


@_attrs_define(kw_only=True)
class PolicyContext(OktaModel):
    """An Okta `PolicyContext`.

    Attributes:
        groups: An array of Group IDs for the simulate operation. Only user IDs or Group IDs are allowed,
            not both.
        user: The user ID for the simulate operation. Only user IDs or Group IDs are allowed, not both.
        device: PolicyContextDevice
        ip: The network rule condition, zone, or IP address
        risk: The risk rule condition level
        zones: The zone ID under the network rule condition.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "groups": "groups",
        "user": "user",
        "device": "device",
        "ip": "ip",
        "risk": "risk",
        "zones": "zones",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "groups": "model",
        "user": "model",
        "device": "model",
        "ip": "str",
        "risk": "model",
        "zones": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "groups": lambda d: (
            _policy_context_groups.PolicyContextGroups.from_json(v)
            if (v := d.get("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_groups.PolicyContextGroups, v)
        ),
        "user": lambda d: (
            _policy_context_user.PolicyContextUser.from_json(v)
            if (v := d.get("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_user.PolicyContextUser, v)
        ),
        "device": lambda d: (
            _policy_context_device.PolicyContextDevice.from_json(v)
            if (v := d.get("device", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_device.PolicyContextDevice, v)
        ),
        "ip": "ip",
        "risk": lambda d: (
            _policy_context_risk.PolicyContextRisk.from_json(v)
            if (v := d.get("risk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_risk.PolicyContextRisk, v)
        ),
        "zones": lambda d: (
            _policy_context_zones.PolicyContextZones.from_json(v)
            if (v := d.get("zones", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_zones.PolicyContextZones, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicyContext._json_names),
    }

    groups: PolicyContextGroups | None | Unset
    user: PolicyContextUser | None | Unset
    device: PolicyContextDevice | None | Unset = UNSET
    ip: str | None | Unset = UNSET
    risk: PolicyContextRisk | None | Unset = UNSET
    zones: PolicyContextZones | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.groups is not UNSET:
            d["groups"] = _convert.dump_model(self.groups, omit_read_only)
        if self.user is not UNSET:
            d["user"] = _convert.dump_model(self.user, omit_read_only)
        if self.device is not UNSET:
            d["device"] = _convert.dump_model(self.device, omit_read_only)
        if self.ip is not UNSET:
            d["ip"] = self.ip
        if self.risk is not UNSET:
            d["risk"] = _convert.dump_model(self.risk, omit_read_only)
        if self.zones is not UNSET:
            d["zones"] = _convert.dump_model(self.zones, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.groups = (
            _policy_context_groups.PolicyContextGroups.from_dict(v)
            if (v := d.pop("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_groups.PolicyContextGroups, v)
        )
        obj.user = (
            _policy_context_user.PolicyContextUser.from_dict(v)
            if (v := d.pop("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_user.PolicyContextUser, v)
        )
        obj.device = (
            _policy_context_device.PolicyContextDevice.from_dict(v)
            if (v := d.pop("device", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_device.PolicyContextDevice, v)
        )
        obj.ip = d.pop("ip", UNSET)
        obj.risk = (
            _policy_context_risk.PolicyContextRisk.from_dict(v)
            if (v := d.pop("risk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_risk.PolicyContextRisk, v)
        )
        obj.zones = (
            _policy_context_zones.PolicyContextZones.from_dict(v)
            if (v := d.pop("zones", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_context_zones.PolicyContextZones, v)
        )
        obj.additional_properties = d
        return obj
