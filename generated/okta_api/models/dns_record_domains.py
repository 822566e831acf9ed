from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .dns_record_type_domains import DNSRecordTypeDomains

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class DNSRecordDomains(OktaModel):
    """DNS records to be registered for the domain

    Attributes:
        expiration: DNS TXT record expiration
        fqdn: DNS record name
        record_type (`recordType`): DNSRecordTypeDomains
        values: DNS record value
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expiration": "expiration",
        "fqdn": "fqdn",
        "recordType": "record_type",
        "values": "values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expiration": "str",
        "fqdn": "str",
        "record_type": "enum",
        "values": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expiration": "expiration",
        "fqdn": "fqdn",
        "record_type": lambda d: (
            _convert.parse_enum(DNSRecordTypeDomains, v) if (v := d.get("recordType", UNSET)).__class__ is str else v
        ),
        "values": "values",
        "additional_properties": lambda d: _convert.undeclared(d, DNSRecordDomains._json_names),
    }

    expiration: str | None | Unset = UNSET
    fqdn: str | None | Unset = UNSET
    record_type: DNSRecordTypeDomains | None | Unset = UNSET
    values: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expiration is not UNSET:
            d["expiration"] = self.expiration
        if self.fqdn is not UNSET:
            d["fqdn"] = self.fqdn
        if self.record_type is not UNSET:
            d["recordType"] = self.record_type
        if self.values is not UNSET:
            d["values"] = self.values
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.expiration = d.pop("expiration", UNSET)
        obj.fqdn = d.pop("fqdn", UNSET)
        obj.record_type = (
            _convert.parse_enum(DNSRecordTypeDomains, v) if (v := d.pop("recordType", UNSET)).__class__ is str else v
        )
        obj.values = d.pop("values", UNSET)
        obj.additional_properties = d
        return obj
