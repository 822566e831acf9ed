from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import dns_record_domains as _dns_record_domains
from . import domain_certificate_metadata as _domain_certificate_metadata
from . import domain_links as _domain_links
from .domain_certificate_source_type import DomainCertificateSourceType
from .domain_validation_status import DomainValidationStatus

if TYPE_CHECKING:
    from typing import Self

    from .dns_record_domains import DNSRecordDomains
    from .domain_certificate_metadata import DomainCertificateMetadata
    from .domain_links import DomainLinks


@_attrs_define(kw_only=True)
class DomainResponse(OktaModel):
    """The properties that define an individual domain.

    Attributes:
        brand_id (`brandId`): The ID number of the brand
        certificate_source_type (`certificateSourceType`): Certificate source type that indicates whether the certificate is provided by the user or
            Okta.
        dns_records (`dnsRecords`): list[DNSRecordDomains]
        domain: Custom domain name
        id: Unique ID of the domain
        public_certificate (`publicCertificate`): Certificate metadata for the domain
        validation_status (`validationStatus`): Status of the domain
        field_links (`_links`): DomainLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "brandId": "brand_id",
        "certificateSourceType": "certificate_source_type",
        "dnsRecords": "dns_records",
        "domain": "domain",
        "id": "id",
        "publicCertificate": "public_certificate",
        "validationStatus": "validation_status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "brand_id": "str",
        "certificate_source_type": "enum",
        "dns_records": "list:model",
        "domain": "str",
        "id": "str",
        "public_certificate": "model",
        "validation_status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "brand_id": "brandId",
        "certificate_source_type": lambda d: (
            _convert.parse_enum(DomainCertificateSourceType, v)
            if (v := d.get("certificateSourceType", UNSET)).__class__ is str
            else v
        ),
        "dns_records": lambda d: _convert.parse_model_list(
            _dns_record_domains.DNSRecordDomains.from_json, d.get("dnsRecords", UNSET)
        ),
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
        "field_links": lambda d: (
            _domain_links.DomainLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_domain_links.DomainLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DomainResponse._json_names),
    }

    brand_id: str | None | Unset = UNSET
    certificate_source_type: DomainCertificateSourceType | None | Unset = UNSET
    dns_records: list[DNSRecordDomains] | None | Unset = UNSET
    domain: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    public_certificate: DomainCertificateMetadata | None | Unset = UNSET
    validation_status: DomainValidationStatus | None | Unset = UNSET
    field_links: DomainLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.brand_id is not UNSET:
            d["brandId"] = self.brand_id
        if self.certificate_source_type is not UNSET:
            d["certificateSourceType"] = self.certificate_source_type
        if self.dns_records is not UNSET:
            d["dnsRecords"] = _convert.dump_model_list(self.dns_records, omit_read_only)
        if self.domain is not UNSET:
            d["domain"] = self.domain
        if self.id is not UNSET:
            d["id"] = self.id
        if self.public_certificate is not UNSET:
            d["publicCertificate"] = _convert.dump_model(self.public_certificate, omit_read_only)
        if self.validation_status is not UNSET:
            d["validationStatus"] = self.validation_status
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.brand_id = d.pop("brandId", UNSET)
        obj.certificate_source_type = (
            _convert.parse_enum(DomainCertificateSourceType, v)
            if (v := d.pop("certificateSourceType", UNSET)).__class__ is str
            else v
        )
        obj.dns_records = _convert.parse_model_list(
            _dns_record_domains.DNSRecordDomains.from_dict, d.pop("dnsRecords", UNSET)
        )
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
        obj.field_links = (
            _domain_links.DomainLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_domain_links.DomainLinks, v)
        )
        obj.additional_properties = d
        return obj
