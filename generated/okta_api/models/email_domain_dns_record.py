from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .email_domain_dns_record_type import EmailDomainDNSRecordType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class EmailDomainDNSRecord(OktaModel):
    """An Okta `EmailDomainDNSRecord`.

    Attributes:
        fqdn: str
        record_type (`recordType`): EmailDomainDNSRecordType
        verification_value (`verificationValue`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "fqdn": "fqdn",
        "recordType": "record_type",
        "verificationValue": "verification_value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "fqdn": "str",
        "record_type": "enum",
        "verification_value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "fqdn": "fqdn",
        "record_type": lambda d: (
            _convert.parse_enum(EmailDomainDNSRecordType, v)
            if (v := d.get("recordType", UNSET)).__class__ is str
            else v
        ),
        "verification_value": "verificationValue",
        "additional_properties": lambda d: _convert.undeclared(d, EmailDomainDNSRecord._json_names),
    }

    fqdn: str | None | Unset = UNSET
    record_type: EmailDomainDNSRecordType | None | Unset = UNSET
    verification_value: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.fqdn is not UNSET:
            d["fqdn"] = self.fqdn
        if self.record_type is not UNSET:
            d["recordType"] = self.record_type
        if self.verification_value is not UNSET:
            d["verificationValue"] = self.verification_value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.fqdn = d.pop("fqdn", UNSET)
        obj.record_type = (
            _convert.parse_enum(EmailDomainDNSRecordType, v)
            if (v := d.pop("recordType", UNSET)).__class__ is str
            else v
        )
        obj.verification_value = d.pop("verificationValue", UNSET)
        obj.additional_properties = d
        return obj
