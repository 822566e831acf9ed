from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_groups(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_context_groups.PolicyContextGroups.from_json(v)
            if lazy
            else _policy_context_groups.PolicyContextGroups.from_dict(v)
        )
    return _convert.parse_model(_policy_context_groups.PolicyContextGroups, v)


def _parse_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_context_user.PolicyContextUser.from_json(v)
            if lazy
            else _policy_context_user.PolicyContextUser.from_dict(v)
        )
    return _convert.parse_model(_policy_context_user.PolicyContextUser, v)


def _parse_device(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_context_device.PolicyContextDevice.from_json(v)
            if lazy
            else _policy_context_device.PolicyContextDevice.from_dict(v)
        )
    return _convert.parse_model(_policy_context_device.PolicyContextDevice, v)


def _parse_risk(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_context_risk.PolicyContextRisk.from_json(v)
            if lazy
            else _policy_context_risk.PolicyContextRisk.from_dict(v)
        )
    return _convert.parse_model(_policy_context_risk.PolicyContextRisk, v)


def _parse_zones(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_context_zones.PolicyContextZones.from_json(v)
            if lazy
            else _policy_context_zones.PolicyContextZones.from_dict(v)
        )
    return _convert.parse_model(_policy_context_zones.PolicyContextZones, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "groups": ("groups", _parse_groups),
        "user": ("user", _parse_user),
        "device": ("device", _parse_device),
        "ip": ("ip", None),
        "risk": ("risk", _parse_risk),
        "zones": ("zones", _parse_zones),
    }

    groups: PolicyContextGroups | None = _attrs_field(init=False)
    user: PolicyContextUser | None = _attrs_field(init=False)
    device: PolicyContextDevice | None = _attrs_field(init=False)
    ip: str | None = _attrs_field(init=False)
    risk: PolicyContextRisk | None = _attrs_field(init=False)
    zones: PolicyContextZones | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        groups: PolicyContextGroups | None | Unset,
        user: PolicyContextUser | None | Unset,
        device: PolicyContextDevice | None | Unset = UNSET,
        ip: str | None | Unset = UNSET,
        risk: PolicyContextRisk | None | Unset = UNSET,
        zones: PolicyContextZones | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if groups is not UNSET:
            _set_field(self, "groups", groups)
        if user is not UNSET:
            _set_field(self, "user", user)
        if device is not UNSET:
            _set_field(self, "device", device)
        if ip is not UNSET:
            _set_field(self, "ip", ip)
        if risk is not UNSET:
            _set_field(self, "risk", risk)
        if zones is not UNSET:
            _set_field(self, "zones", zones)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("groups", UNSET)) is not UNSET:
            d["groups"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user", UNSET)) is not UNSET:
            d["user"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("device", UNSET)) is not UNSET:
            d["device"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("ip", UNSET)) is not UNSET:
            d["ip"] = v
        if (v := values.get("risk", UNSET)) is not UNSET:
            d["risk"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("zones", UNSET)) is not UNSET:
            d["zones"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("groups", UNSET)) is not UNSET:
            obj.groups = _parse_groups(v, False)
        if (v := d.pop("user", UNSET)) is not UNSET:
            obj.user = _parse_user(v, False)
        if (v := d.pop("device", UNSET)) is not UNSET:
            obj.device = _parse_device(v, False)
        if (v := d.pop("ip", UNSET)) is not UNSET:
            obj.ip = v
        if (v := d.pop("risk", UNSET)) is not UNSET:
            obj.risk = _parse_risk(v, False)
        if (v := d.pop("zones", UNSET)) is not UNSET:
            obj.zones = _parse_zones(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
