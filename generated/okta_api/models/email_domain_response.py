from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import email_domain_dns_record as _email_domain_dns_record
from .base_email_domain import BaseEmailDomain
from .email_domain_status import EmailDomainStatus

if TYPE_CHECKING:
    from typing import Self

    from .email_domain_dns_record import EmailDomainDNSRecord


def _parse_dns_validation_records(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _email_domain_dns_record.EmailDomainDNSRecord.from_json
        if lazy
        else _email_domain_dns_record.EmailDomainDNSRecord.from_dict,
        v,
    )


_parse_validation_status = _convert.enum_parser(EmailDomainStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "display_name": ("displayName", None),
        "user_name": ("userName", None),
        "dns_validation_records": ("dnsValidationRecords", _parse_dns_validation_records),
        "domain": ("domain", None),
        "id": ("id", None),
        "validation_status": ("validationStatus", _parse_validation_status),
        "validation_subdomain": ("validationSubdomain", None),
    }

    display_name: str | None = _attrs_field(init=False)
    user_name: str | None = _attrs_field(init=False)
    dns_validation_records: list[EmailDomainDNSRecord] | None = _attrs_field(init=False)
    domain: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    validation_status: EmailDomainStatus | None = _attrs_field(init=False)
    validation_subdomain: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        display_name: str | None | Unset,
        user_name: str | None | Unset,
        dns_validation_records: list[EmailDomainDNSRecord] | None | Unset = UNSET,
        domain: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        validation_status: EmailDomainStatus | None | Unset = UNSET,
        validation_subdomain: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if user_name is not UNSET:
            _set_field(self, "user_name", user_name)
        if dns_validation_records is not UNSET:
            _set_field(self, "dns_validation_records", dns_validation_records)
        if domain is not UNSET:
            _set_field(self, "domain", domain)
        if id is not UNSET:
            _set_field(self, "id", id)
        if validation_status is not UNSET:
            _set_field(self, "validation_status", validation_status)
        if validation_subdomain is not UNSET:
            _set_field(self, "validation_subdomain", validation_subdomain)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("display_name", UNSET)) is not UNSET:
            d["displayName"] = v
        if (v := values.get("user_name", UNSET)) is not UNSET:
            d["userName"] = v
        if (v := values.get("dns_validation_records", UNSET)) is not UNSET:
            d["dnsValidationRecords"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("domain", UNSET)) is not UNSET:
            d["domain"] = v
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("validation_status", UNSET)) is not UNSET:
            d["validationStatus"] = v
        if (v := values.get("validation_subdomain", UNSET)) is not UNSET:
            d["validationSubdomain"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("userName", UNSET)) is not UNSET:
            obj.user_name = v
        if (v := d.pop("dnsValidationRecords", UNSET)) is not UNSET:
            obj.dns_validation_records = _parse_dns_validation_records(v, False)
        if (v := d.pop("domain", UNSET)) is not UNSET:
            obj.domain = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("validationStatus", UNSET)) is not UNSET:
            obj.validation_status = _parse_validation_status(v, False)
        if (v := d.pop("validationSubdomain", UNSET)) is not UNSET:
            obj.validation_subdomain = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
