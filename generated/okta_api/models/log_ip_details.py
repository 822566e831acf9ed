from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_ip_service_category as _log_ip_service_category

if TYPE_CHECKING:
    from typing import Self

    from .log_ip_service_category import LogIpServiceCategory


@_attrs_define(kw_only=True)
class LogIpDetails(OktaModel):
    """Details about the associated IP address

    Attributes:
        as_number (`asNumber`, read-only, never sent): The [Autonomous
            system](https://docs.telemetry.mozilla.org/datasets/other/asn_aggregates/reference) number
            that's associated with the IP address
        as_org (`asOrg`, read-only, never sent): The name associated with the Autonomous System Number (ASN)
        domain (read-only, never sent): The domain name associated with the IP address
        ip_service_categories (`ipServiceCategories`, read-only, never sent): The associated IP service categories for the IP address
        isp (read-only, never sent): The internet service provider associated with the IP address
    """

    _json_names: ClassVar[dict[str, str]] = {
        "asNumber": "as_number",
        "asOrg": "as_org",
        "domain": "domain",
        "ipServiceCategories": "ip_service_categories",
        "isp": "isp",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "as_number": "int",
        "as_org": "str",
        "domain": "str",
        "ip_service_categories": "list:model",
        "isp": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "as_number": "asNumber",
        "as_org": "asOrg",
        "domain": "domain",
        "ip_service_categories": lambda d: _convert.parse_model_list(
            _log_ip_service_category.LogIpServiceCategory.from_json, d.get("ipServiceCategories", UNSET)
        ),
        "isp": "isp",
        "additional_properties": lambda d: _convert.undeclared(d, LogIpDetails._json_names),
    }

    as_number: int | None | Unset = UNSET
    as_org: str | None | Unset = UNSET
    domain: str | None | Unset = UNSET
    ip_service_categories: list[LogIpServiceCategory] | None | Unset = UNSET
    isp: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.as_number is not UNSET and not omit_read_only:
            d["asNumber"] = self.as_number
        if self.as_org is not UNSET and not omit_read_only:
            d["asOrg"] = self.as_org
        if self.domain is not UNSET and not omit_read_only:
            d["domain"] = self.domain
        if self.ip_service_categories is not UNSET and not omit_read_only:
            d["ipServiceCategories"] = _convert.dump_model_list(self.ip_service_categories, omit_read_only)
        if self.isp is not UNSET and not omit_read_only:
            d["isp"] = self.isp
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
        obj.domain = d.pop("domain", UNSET)
        obj.ip_service_categories = _convert.parse_model_list(
            _log_ip_service_category.LogIpServiceCategory.from_dict, d.pop("ipServiceCategories", UNSET)
        )
        obj.isp = d.pop("isp", UNSET)
        obj.additional_properties = d
        return obj
