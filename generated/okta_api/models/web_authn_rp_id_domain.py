from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import dns_record_authenticators as _dns_record_authenticators
from .web_authn_rp_id_domain_validation_status import WebAuthnRpIdDomainValidationStatus

if TYPE_CHECKING:
    from typing import Self

    from .dns_record_authenticators import DNSRecordAuthenticators


def _parse_dns_record(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _dns_record_authenticators.DNSRecordAuthenticators.from_json(v)
            if lazy
            else _dns_record_authenticators.DNSRecordAuthenticators.from_dict(v)
        )
    return _convert.parse_model(_dns_record_authenticators.DNSRecordAuthenticators, v)


_parse_validation_status = _convert.enum_parser(WebAuthnRpIdDomainValidationStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "dns_record": ("dnsRecord", _parse_dns_record),
        "name": ("name", None),
        "validation_status": ("validationStatus", _parse_validation_status),
    }

    dns_record: DNSRecordAuthenticators | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    validation_status: WebAuthnRpIdDomainValidationStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        dns_record: DNSRecordAuthenticators | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        validation_status: WebAuthnRpIdDomainValidationStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if dns_record is not UNSET:
            _set_field(self, "dns_record", dns_record)
        if name is not UNSET:
            _set_field(self, "name", name)
        if validation_status is not UNSET:
            _set_field(self, "validation_status", validation_status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("dns_record", UNSET)) is not UNSET and not omit_read_only:
            d["dnsRecord"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("validation_status", UNSET)) is not UNSET and not omit_read_only:
            d["validationStatus"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("dnsRecord", UNSET)) is not UNSET:
            obj.dns_record = _parse_dns_record(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("validationStatus", UNSET)) is not UNSET:
            obj.validation_status = _parse_validation_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
