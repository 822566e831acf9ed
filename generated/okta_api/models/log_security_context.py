from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import log_bot_protection as _log_bot_protection
from . import log_ip_details as _log_ip_details
from . import log_risk as _log_risk
from . import log_user_behavior as _log_user_behavior

if TYPE_CHECKING:
    from typing import Self

    from .log_bot_protection import LogBotProtection
    from .log_ip_details import LogIpDetails
    from .log_risk import LogRisk
    from .log_user_behavior import LogUserBehavior


def _parse_bot_protection(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_bot_protection.LogBotProtection.from_json(v)
            if lazy
            else _log_bot_protection.LogBotProtection.from_dict(v)
        )
    return _convert.parse_model(_log_bot_protection.LogBotProtection, v)


def _parse_ip_details(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_ip_details.LogIpDetails.from_json(v) if lazy else _log_ip_details.LogIpDetails.from_dict(v)
    return _convert.parse_model(_log_ip_details.LogIpDetails, v)


def _parse_risk(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_risk.LogRisk.from_json(v) if lazy else _log_risk.LogRisk.from_dict(v)
    return _convert.parse_model(_log_risk.LogRisk, v)


def _parse_user_behaviors(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _log_user_behavior.LogUserBehavior.from_json if lazy else _log_user_behavior.LogUserBehavior.from_dict, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogSecurityContext(OktaModel):
    """The `securityContext` object provides security information that is directly related to the
    evaluation of the event's IP reputation. IP reputation is a trustworthiness rating that evaluates
    how likely a sender is to be malicious and is based on the sender's IP address. As the name implies,
    the `securityContext` object is useful for security applications-flagging and inspecting suspicious
    events.

    Attributes:
        as_number (`asNumber`, read-only, never sent): The [Autonomous
            system](https://docs.telemetry.mozilla.org/datasets/other/asn_aggregates/reference) number
            that's associated with the autonomous system the event request was sourced to
        as_org (`asOrg`, read-only, never sent): The organization that is associated with the autonomous system that the event request is
            sourced to
        bot_protection (`botProtection`, read-only, never sent): <x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>The
            result of the bot protection detection associated with the event
        domain (read-only, never sent): The domain name that's associated with the IP address of the inbound event request
        ip_details (`ipDetails`, read-only, never sent): Details about the associated IP address
        isp (read-only, never sent): The Internet service provider that's used to send the event's request
        is_proxy (`isProxy`, read-only, never sent): Specifies whether an event's request is from a known proxy
        risk (read-only, never sent): Risk associated with the event
        user_behaviors (`userBehaviors`, read-only, never sent): The result of the user behavior detection models associated with the event
    """

    _json_names: ClassVar[dict[str, str]] = {
        "asNumber": "as_number",
        "asOrg": "as_org",
        "botProtection": "bot_protection",
        "domain": "domain",
        "ipDetails": "ip_details",
        "isp": "isp",
        "isProxy": "is_proxy",
        "risk": "risk",
        "userBehaviors": "user_behaviors",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "as_number": "int",
        "as_org": "str",
        "bot_protection": "model",
        "domain": "str",
        "ip_details": "model",
        "isp": "str",
        "is_proxy": "bool",
        "risk": "model",
        "user_behaviors": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "as_number": ("asNumber", None),
        "as_org": ("asOrg", None),
        "bot_protection": ("botProtection", _parse_bot_protection),
        "domain": ("domain", None),
        "ip_details": ("ipDetails", _parse_ip_details),
        "isp": ("isp", None),
        "is_proxy": ("isProxy", None),
        "risk": ("risk", _parse_risk),
        "user_behaviors": ("userBehaviors", _parse_user_behaviors),
    }

    as_number: int | None = _attrs_field(init=False)
    as_org: str | None = _attrs_field(init=False)
    bot_protection: LogBotProtection | None = _attrs_field(init=False)
    domain: str | None = _attrs_field(init=False)
    ip_details: LogIpDetails | None = _attrs_field(init=False)
    isp: str | None = _attrs_field(init=False)
    is_proxy: bool | None = _attrs_field(init=False)
    risk: LogRisk | None = _attrs_field(init=False)
    user_behaviors: list[LogUserBehavior] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        as_number: int | None | Unset = UNSET,
        as_org: str | None | Unset = UNSET,
        bot_protection: LogBotProtection | None | Unset = UNSET,
        domain: str | None | Unset = UNSET,
        ip_details: LogIpDetails | None | Unset = UNSET,
        isp: str | None | Unset = UNSET,
        is_proxy: bool | None | Unset = UNSET,
        risk: LogRisk | None | Unset = UNSET,
        user_behaviors: list[LogUserBehavior] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if as_number is not UNSET:
            _set_field(self, "as_number", as_number)
        if as_org is not UNSET:
            _set_field(self, "as_org", as_org)
        if bot_protection is not UNSET:
            _set_field(self, "bot_protection", bot_protection)
        if domain is not UNSET:
            _set_field(self, "domain", domain)
        if ip_details is not UNSET:
            _set_field(self, "ip_details", ip_details)
        if isp is not UNSET:
            _set_field(self, "isp", isp)
        if is_proxy is not UNSET:
            _set_field(self, "is_proxy", is_proxy)
        if risk is not UNSET:
            _set_field(self, "risk", risk)
        if user_behaviors is not UNSET:
            _set_field(self, "user_behaviors", user_behaviors)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("as_number", UNSET)) is not UNSET and not omit_read_only:
            d["asNumber"] = v
        if (v := values.get("as_org", UNSET)) is not UNSET and not omit_read_only:
            d["asOrg"] = v
        if (v := values.get("bot_protection", UNSET)) is not UNSET and not omit_read_only:
            d["botProtection"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("domain", UNSET)) is not UNSET and not omit_read_only:
            d["domain"] = v
        if (v := values.get("ip_details", UNSET)) is not UNSET and not omit_read_only:
            d["ipDetails"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("isp", UNSET)) is not UNSET and not omit_read_only:
            d["isp"] = v
        if (v := values.get("is_proxy", UNSET)) is not UNSET and not omit_read_only:
            d["isProxy"] = v
        if (v := values.get("risk", UNSET)) is not UNSET and not omit_read_only:
            d["risk"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_behaviors", UNSET)) is not UNSET and not omit_read_only:
            d["userBehaviors"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("asNumber", UNSET)) is not UNSET:
            obj.as_number = v
        if (v := d.pop("asOrg", UNSET)) is not UNSET:
            obj.as_org = v
        if (v := d.pop("botProtection", UNSET)) is not UNSET:
            obj.bot_protection = _parse_bot_protection(v, False)
        if (v := d.pop("domain", UNSET)) is not UNSET:
            obj.domain = v
        if (v := d.pop("ipDetails", UNSET)) is not UNSET:
            obj.ip_details = _parse_ip_details(v, False)
        if (v := d.pop("isp", UNSET)) is not UNSET:
            obj.isp = v
        if (v := d.pop("isProxy", UNSET)) is not UNSET:
            obj.is_proxy = v
        if (v := d.pop("risk", UNSET)) is not UNSET:
            obj.risk = _parse_risk(v, False)
        if (v := d.pop("userBehaviors", UNSET)) is not UNSET:
            obj.user_behaviors = _parse_user_behaviors(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
