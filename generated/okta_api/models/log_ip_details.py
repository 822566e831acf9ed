from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import log_ip_service_category as _log_ip_service_category

if TYPE_CHECKING:
    from typing import Self

    from .log_ip_service_category import LogIpServiceCategory


def _parse_ip_service_categories(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _log_ip_service_category.LogIpServiceCategory.from_json
        if lazy
        else _log_ip_service_category.LogIpServiceCategory.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "as_number": ("asNumber", None),
        "as_org": ("asOrg", None),
        "domain": ("domain", None),
        "ip_service_categories": ("ipServiceCategories", _parse_ip_service_categories),
        "isp": ("isp", None),
    }

    as_number: int | None = _attrs_field(init=False)
    as_org: str | None = _attrs_field(init=False)
    domain: str | None = _attrs_field(init=False)
    ip_service_categories: list[LogIpServiceCategory] | None = _attrs_field(init=False)
    isp: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        as_number: int | None | Unset = UNSET,
        as_org: str | None | Unset = UNSET,
        domain: str | None | Unset = UNSET,
        ip_service_categories: list[LogIpServiceCategory] | None | Unset = UNSET,
        isp: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if as_number is not UNSET:
            _set_field(self, "as_number", as_number)
        if as_org is not UNSET:
            _set_field(self, "as_org", as_org)
        if domain is not UNSET:
            _set_field(self, "domain", domain)
        if ip_service_categories is not UNSET:
            _set_field(self, "ip_service_categories", ip_service_categories)
        if isp is not UNSET:
            _set_field(self, "isp", isp)
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
        if (v := values.get("domain", UNSET)) is not UNSET and not omit_read_only:
            d["domain"] = v
        if (v := values.get("ip_service_categories", UNSET)) is not UNSET and not omit_read_only:
            d["ipServiceCategories"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("isp", UNSET)) is not UNSET and not omit_read_only:
            d["isp"] = v
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
        if (v := d.pop("domain", UNSET)) is not UNSET:
            obj.domain = v
        if (v := d.pop("ipServiceCategories", UNSET)) is not UNSET:
            obj.ip_service_categories = _parse_ip_service_categories(v, False)
        if (v := d.pop("isp", UNSET)) is not UNSET:
            obj.isp = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
