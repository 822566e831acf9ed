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
    """The RP domain object for the WebAuthn configuration

    Attributes:
        dns_record (`dnsRecord`, read-only, never sent): DNS TXT record that must be registered for an RP ID domain that requires verification.
            This is used to verify the domain ownership for the WebAuthn RP ID configuration. After
            the domain ownership is verified, the `DNSRecord` isn't returned in the response.
        name: The [RP ID](https://www.w3.org/TR/webauthn/#relying-party-identifier) domain value to be
            used for all WebAuthn operations.

            If it isn't specified, the `domain` object isn't included in the request, and the domain
            value defaults to the domain of the current page (the domain of your org or a custom
            domain, for example).

            > **Note:** If you don't use a custom RP ID (the default behavior), the domain value
            defaults to the end user's current page. The domain value defaults to the full domain name
            of the page that the end user is on when they're attempting the WebAuthn credential
            operation (enrollment or verification).
        validation_status (`validationStatus`, read-only, never sent): Indicates the validation status of the domain
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
