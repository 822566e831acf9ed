from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import email_domain_dns_record as _email_domain_dns_record
from .base_email_domain import BaseEmailDomain
from .email_domain_status import EmailDomainStatus

if TYPE_CHECKING:
    from typing import Self

    from .email_domain_dns_record import EmailDomainDNSRecord


@_attrs_define(kw_only=True)
class EmailDomainResponse(BaseEmailDomain):
    """An Okta `EmailDomainResponse`.

    Attributes:
        display_name (`displayName`): str
        user_name (`userName`): str
        dns_validation_records (`dnsValidationRecords`): list[EmailDomainDNSRecord]
        domain: str
        id: str
        validation_status (`validationStatus`): EmailDomainStatus
        validation_subdomain (`validationSubdomain`): The subdomain for the email sender's custom mail domain
    """

    _json_names: ClassVar[dict[str, str]] = {
        "displayName": "display_name",
        "userName": "user_name",
        "dnsValidationRecords": "dns_validation_records",
        "domain": "domain",
        "id": "id",
        "validationStatus": "validation_status",
        "validationSubdomain": "validation_subdomain",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "display_name": "str",
        "user_name": "str",
        "dns_validation_records": "list:model",
        "domain": "str",
        "id": "str",
        "validation_status": "enum",
        "validation_subdomain": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "display_name": "displayName",
        "user_name": "userName",
        "dns_validation_records": lambda d: _convert.parse_model_list(
            _email_domain_dns_record.EmailDomainDNSRecord.from_json, d.get("dnsValidationRecords", UNSET)
        ),
        "domain": "domain",
        "id": "id",
        "validation_status": lambda d: (
            _convert.parse_enum(EmailDomainStatus, v) if (v := d.get("validationStatus", UNSET)).__class__ is str else v
        ),
        "validation_subdomain": "validationSubdomain",
        "additional_properties": lambda d: _convert.undeclared(d, EmailDomainResponse._json_names),
    }

    display_name: str | None | Unset
    user_name: str | None | Unset
    dns_validation_records: list[EmailDomainDNSRecord] | None | Unset = UNSET
    domain: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    validation_status: EmailDomainStatus | None | Unset = UNSET
    validation_subdomain: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.user_name is not UNSET:
            d["userName"] = self.user_name
        if self.dns_validation_records is not UNSET:
            d["dnsValidationRecords"] = _convert.dump_model_list(self.dns_validation_records, omit_read_only)
        if self.domain is not UNSET:
            d["domain"] = self.domain
        if self.id is not UNSET:
            d["id"] = self.id
        if self.validation_status is not UNSET:
            d["validationStatus"] = self.validation_status
        if self.validation_subdomain is not UNSET:
            d["validationSubdomain"] = self.validation_subdomain
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.display_name = d.pop("displayName", UNSET)
        obj.user_name = d.pop("userName", UNSET)
        obj.dns_validation_records = _convert.parse_model_list(
            _email_domain_dns_record.EmailDomainDNSRecord.from_dict, d.pop("dnsValidationRecords", UNSET)
        )
        obj.domain = d.pop("domain", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.validation_status = (
            _convert.parse_enum(EmailDomainStatus, v) if (v := d.pop("validationStatus", UNSET)).__class__ is str else v
        )
        obj.validation_subdomain = d.pop("validationSubdomain", UNSET)
        obj.additional_properties = d
        return obj
