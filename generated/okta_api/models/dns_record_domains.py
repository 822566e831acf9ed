from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .dns_record_type_domains import DNSRecordTypeDomains

if TYPE_CHECKING:
    from typing import Self


_parse_record_type = _convert.enum_parser(DNSRecordTypeDomains)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "expiration": ("expiration", None),
        "fqdn": ("fqdn", None),
        "record_type": ("recordType", _parse_record_type),
        "values": ("values", None),
    }

    expiration: str | None = _attrs_field(init=False)
    fqdn: str | None = _attrs_field(init=False)
    record_type: DNSRecordTypeDomains | None = _attrs_field(init=False)
    values: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        expiration: str | None | Unset = UNSET,
        fqdn: str | None | Unset = UNSET,
        record_type: DNSRecordTypeDomains | None | Unset = UNSET,
        values: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if expiration is not UNSET:
            _set_field(self, "expiration", expiration)
        if fqdn is not UNSET:
            _set_field(self, "fqdn", fqdn)
        if record_type is not UNSET:
            _set_field(self, "record_type", record_type)
        if values is not UNSET:
            _set_field(self, "values", values)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("expiration", UNSET)) is not UNSET:
            d["expiration"] = v
        if (v := values.get("fqdn", UNSET)) is not UNSET:
            d["fqdn"] = v
        if (v := values.get("record_type", UNSET)) is not UNSET:
            d["recordType"] = v
        if (v := values.get("values", UNSET)) is not UNSET:
            d["values"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("expiration", UNSET)) is not UNSET:
            obj.expiration = v
        if (v := d.pop("fqdn", UNSET)) is not UNSET:
            obj.fqdn = v
        if (v := d.pop("recordType", UNSET)) is not UNSET:
            obj.record_type = _parse_record_type(v, False)
        if (v := d.pop("values", UNSET)) is not UNSET:
            obj.values = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
