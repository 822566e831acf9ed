from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .domain_certificate_source_type import DomainCertificateSourceType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class DomainRequest(OktaModel):
    """An Okta `DomainRequest`.

    Attributes:
        certificate_source_type (`certificateSourceType`): Certificate source type that indicates whether the certificate is provided by the user or
            Okta.
        domain: Custom domain name

            > **Note:** You can't use the reserved `drapp.{yourOrgSubDomain}.okta.com` domain.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "certificateSourceType": "certificate_source_type",
        "domain": "domain",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "certificate_source_type": "enum",
        "domain": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "certificate_source_type": lambda d: (
            _convert.parse_enum(DomainCertificateSourceType, v)
            if (v := d.get("certificateSourceType", UNSET)).__class__ is str
            else v
        ),
        "domain": "domain",
        "additional_properties": lambda d: _convert.undeclared(d, DomainRequest._json_names),
    }

    certificate_source_type: DomainCertificateSourceType | None | Unset
    domain: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.certificate_source_type is not UNSET:
            d["certificateSourceType"] = self.certificate_source_type
        if self.domain is not UNSET:
            d["domain"] = self.domain
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
        obj.domain = d.pop("domain", UNSET)
        obj.additional_properties = d
        return obj
