from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "as_number": "asNumber",
        "as_org": "asOrg",
        "bot_protection": lambda d: (
            _log_bot_protection.LogBotProtection.from_json(v)
            if (v := d.get("botProtection", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_bot_protection.LogBotProtection, v)
        ),
        "domain": "domain",
        "ip_details": lambda d: (
            _log_ip_details.LogIpDetails.from_json(v)
            if (v := d.get("ipDetails", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_ip_details.LogIpDetails, v)
        ),
        "isp": "isp",
        "is_proxy": "isProxy",
        "risk": lambda d: (
            _log_risk.LogRisk.from_json(v)
            if (v := d.get("risk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_risk.LogRisk, v)
        ),
        "user_behaviors": lambda d: _convert.parse_model_list(
            _log_user_behavior.LogUserBehavior.from_json, d.get("userBehaviors", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogSecurityContext._json_names),
    }

    as_number: int | None | Unset = UNSET
    as_org: str | None | Unset = UNSET
    bot_protection: LogBotProtection | None | Unset = UNSET
    domain: str | None | Unset = UNSET
    ip_details: LogIpDetails | None | Unset = UNSET
    isp: str | None | Unset = UNSET
    is_proxy: bool | None | Unset = UNSET
    risk: LogRisk | None | Unset = UNSET
    user_behaviors: list[LogUserBehavior] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.as_number is not UNSET and not omit_read_only:
            d["asNumber"] = self.as_number
        if self.as_org is not UNSET and not omit_read_only:
            d["asOrg"] = self.as_org
        if self.bot_protection is not UNSET and not omit_read_only:
            d["botProtection"] = _convert.dump_model(self.bot_protection, omit_read_only)
        if self.domain is not UNSET and not omit_read_only:
            d["domain"] = self.domain
        if self.ip_details is not UNSET and not omit_read_only:
            d["ipDetails"] = _convert.dump_model(self.ip_details, omit_read_only)
        if self.isp is not UNSET and not omit_read_only:
            d["isp"] = self.isp
        if self.is_proxy is not UNSET and not omit_read_only:
            d["isProxy"] = self.is_proxy
        if self.risk is not UNSET and not omit_read_only:
            d["risk"] = _convert.dump_model(self.risk, omit_read_only)
        if self.user_behaviors is not UNSET and not omit_read_only:
            d["userBehaviors"] = _convert.dump_model_list(self.user_behaviors, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.as_number = d.pop("asNumber", UNSET)
        obj.as_org = d.pop("asOrg", UNSET)
        obj.bot_protection = (
            _log_bot_protection.LogBotProtection.from_dict(v)
            if (v := d.pop("botProtection", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_bot_protection.LogBotProtection, v)
        )
        obj.domain = d.pop("domain", UNSET)
        obj.ip_details = (
            _log_ip_details.LogIpDetails.from_dict(v)
            if (v := d.pop("ipDetails", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_ip_details.LogIpDetails, v)
        )
        obj.isp = d.pop("isp", UNSET)
        obj.is_proxy = d.pop("isProxy", UNSET)
        obj.risk = (
            _log_risk.LogRisk.from_dict(v)
            if (v := d.pop("risk", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_risk.LogRisk, v)
        )
        obj.user_behaviors = _convert.parse_model_list(
            _log_user_behavior.LogUserBehavior.from_dict, d.pop("userBehaviors", UNSET)
        )
        obj.additional_properties = d
        return obj
