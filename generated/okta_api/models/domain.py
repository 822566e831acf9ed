from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import dns_record as _dns_record
from . import domain_certificate_metadata as _domain_certificate_metadata
from .domain_certificate_source_type import DomainCertificateSourceType
from .domain_validation_status import DomainValidationStatus

if TYPE_CHECKING:
    from typing import Self

    from .dns_record import DNSRecord
    from .domain_certificate_metadata import DomainCertificateMetadata


@_attrs_define(kw_only=True)
class Domain(OktaModel):
    """An Okta `Domain`.

    Attributes:
        certificate_source_type (`certificateSourceType`): DomainCertificateSourceType
        dns_records (`dnsRecords`): list[DNSRecord]
        domain: str
        id (read-only, never sent): str
        public_certificate (`publicCertificate`): DomainCertificateMetadata
        validation_status (`validationStatus`): DomainValidationStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "certificateSourceType": "certificate_source_type",
        "dnsRecords": "dns_records",
        "domain": "domain",
        "id": "id",
        "publicCertificate": "public_certificate",
        "validationStatus": "validation_status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "certificate_source_type": "enum",
        "dns_records": "list:model",
        "domain": "str",
        "id": "str",
        "public_certificate": "model",
        "validation_status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "certificate_source_type": lambda d: (
            _convert.parse_enum(DomainCertificateSourceType, v)
            if (v := d.get("certificateSourceType", UNSET)).__class__ is str
            else v
        ),
        "dns_records": lambda d: _convert.parse_model_list(_dns_record.DNSRecord.from_json, d.get("dnsRecords", UNSET)),
        "domain": "domain",
        "id": "id",
        "public_certificate": lambda d: (
            _domain_certificate_metadata.DomainCertificateMetadata.from_json(v)
            if (v := d.get("publicCertificate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_domain_certificate_metadata.DomainCertificateMetadata, v)
        ),
        "validation_status": lambda d: (
            _convert.parse_enum(DomainValidationStatus, v)
            if (v := d.get("validationStatus", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Domain._json_names),
    }

    certificate_source_type: DomainCertificateSourceType | None | Unset = UNSET
    dns_records: list[DNSRecord] | None | Unset = UNSET
    domain: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    public_certificate: DomainCertificateMetadata | None | Unset = UNSET
    validation_status: DomainValidationStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.certificate_source_type is not UNSET:
            d["certificateSourceType"] = self.certificate_source_type
        if self.dns_records is not UNSET:
            d["dnsRecords"] = _convert.dump_model_list(self.dns_records, omit_read_only)
        if self.domain is not UNSET:
            d["domain"] = self.domain
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.public_certificate is not UNSET:
            d["publicCertificate"] = _convert.dump_model(self.public_certificate, omit_read_only)
        if self.validation_status is not UNSET:
            d["validationStatus"] = self.validation_status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.certificate_source_type = (
            _convert.parse_enum(DomainCertificateSourceType, v)
            if (v := d.pop("certificateSourceType", UNSET)).__class__ is str
            else v
        )
        obj.dns_records = _convert.parse_model_list(_dns_record.DNSRecord.from_dict, d.pop("dnsRecords", UNSET))
        obj.domain = d.pop("domain", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.public_certificate = (
            _domain_certificate_metadata.DomainCertificateMetadata.from_dict(v)
            if (v := d.pop("publicCertificate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_domain_certificate_metadata.DomainCertificateMetadata, v)
        )
        obj.validation_status = (
            _convert.parse_enum(DomainValidationStatus, v)
            if (v := d.pop("validationStatus", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
