from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import dns_record_authenticators as _dns_record_authenticators
from .web_authn_rp_id_domain_validation_status import WebAuthnRpIdDomainValidationStatus

if TYPE_CHECKING:
    from typing import Self

    from .dns_record_authenticators import DNSRecordAuthenticators


@_attrs_define(kw_only=True)
class WebAuthnRpIdDomain(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5ad90>

    Attributes:
        dns_record (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5a690>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61dcad0>
        name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5a950>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5aad0>
        validation_status (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5ab50>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5ad10>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "dnsRecord": "dns_record",
        "name": "name",
        "validationStatus": "validation_status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "dns_record": "model",
        "name": "str",
        "validation_status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "dns_record": lambda d: (
            _dns_record_authenticators.DNSRecordAuthenticators.from_json(v)
            if (v := d.get("dnsRecord", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_dns_record_authenticators.DNSRecordAuthenticators, v)
        ),
        "name": "name",
        "validation_status": lambda d: (
            _convert.parse_enum(WebAuthnRpIdDomainValidationStatus, v)
            if (v := d.get("validationStatus", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, WebAuthnRpIdDomain._json_names),
    }

    dns_record: DNSRecordAuthenticators | None | Unset = UNSET
    name: str | None | Unset = UNSET
    validation_status: WebAuthnRpIdDomainValidationStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.dns_record is not UNSET and not omit_read_only:
            d["dnsRecord"] = _convert.dump_model(self.dns_record, omit_read_only)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.validation_status is not UNSET and not omit_read_only:
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
        obj.dns_record = (
            _dns_record_authenticators.DNSRecordAuthenticators.from_dict(v)
            if (v := d.pop("dnsRecord", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_dns_record_authenticators.DNSRecordAuthenticators, v)
        )
        obj.name = d.pop("name", UNSET)
        obj.validation_status = (
            _convert.parse_enum(WebAuthnRpIdDomainValidationStatus, v)
            if (v := d.pop("validationStatus", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
