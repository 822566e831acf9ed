from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_certificate_source_type = _convert.enum_parser(DomainCertificateSourceType)


def _parse_dns_records(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _dns_record_domains.DNSRecordDomains.from_json if lazy else _dns_record_domains.DNSRecordDomains.from_dict, v
    )


def _parse_public_certificate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _domain_certificate_metadata.DomainCertificateMetadata.from_json(v)
            if lazy
            else _domain_certificate_metadata.DomainCertificateMetadata.from_dict(v)
        )
    return _convert.parse_model(_domain_certificate_metadata.DomainCertificateMetadata, v)


_parse_validation_status = _convert.enum_parser(DomainValidationStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _domain_links.DomainLinks.from_json(v) if lazy else _domain_links.DomainLinks.from_dict(v)
    return _convert.parse_model(_domain_links.DomainLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "brand_id": ("brandId", None),
        "certificate_source_type": ("certificateSourceType", _parse_certificate_source_type),
        "dns_records": ("dnsRecords", _parse_dns_records),
        "domain": ("domain", None),
        "id": ("id", None),
        "public_certificate": ("publicCertificate", _parse_public_certificate),
        "validation_status": ("validationStatus", _parse_validation_status),
        "field_links": ("_links", _parse_field_links),
    }

    brand_id: str | None = _attrs_field(init=False)
    certificate_source_type: DomainCertificateSourceType | None = _attrs_field(init=False)
    dns_records: list[DNSRecordDomains] | None = _attrs_field(init=False)
    domain: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    public_certificate: DomainCertificateMetadata | None = _attrs_field(init=False)
    validation_status: DomainValidationStatus | None = _attrs_field(init=False)
    field_links: DomainLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        brand_id: str | None | Unset = UNSET,
        certificate_source_type: DomainCertificateSourceType | None | Unset = UNSET,
        dns_records: list[DNSRecordDomains] | None | Unset = UNSET,
        domain: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        public_certificate: DomainCertificateMetadata | None | Unset = UNSET,
        validation_status: DomainValidationStatus | None | Unset = UNSET,
        field_links: DomainLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if brand_id is not UNSET:
            _set_field(self, "brand_id", brand_id)
        if certificate_source_type is not UNSET:
            _set_field(self, "certificate_source_type", certificate_source_type)
        if dns_records is not UNSET:
            _set_field(self, "dns_records", dns_records)
        if domain is not UNSET:
            _set_field(self, "domain", domain)
        if id is not UNSET:
            _set_field(self, "id", id)
        if public_certificate is not UNSET:
            _set_field(self, "public_certificate", public_certificate)
        if validation_status is not UNSET:
            _set_field(self, "validation_status", validation_status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("brand_id", UNSET)) is not UNSET:
            d["brandId"] = v
        if (v := values.get("certificate_source_type", UNSET)) is not UNSET:
            d["certificateSourceType"] = v
        if (v := values.get("dns_records", UNSET)) is not UNSET:
            d["dnsRecords"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("domain", UNSET)) is not UNSET:
            d["domain"] = v
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("public_certificate", UNSET)) is not UNSET:
            d["publicCertificate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("validation_status", UNSET)) is not UNSET:
            d["validationStatus"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("brandId", UNSET)) is not UNSET:
            obj.brand_id = v
        if (v := d.pop("certificateSourceType", UNSET)) is not UNSET:
            obj.certificate_source_type = _parse_certificate_source_type(v, False)
        if (v := d.pop("dnsRecords", UNSET)) is not UNSET:
            obj.dns_records = _parse_dns_records(v, False)
        if (v := d.pop("domain", UNSET)) is not UNSET:
            obj.domain = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("publicCertificate", UNSET)) is not UNSET:
            obj.public_certificate = _parse_public_certificate(v, False)
        if (v := d.pop("validationStatus", UNSET)) is not UNSET:
            obj.validation_status = _parse_validation_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
