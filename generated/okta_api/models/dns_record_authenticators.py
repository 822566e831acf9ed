from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .dns_record_type_authenticators import DNSRecordTypeAuthenticators

if TYPE_CHECKING:
    from typing import Self


_parse_record_type = _convert.enum_parser(DNSRecordTypeAuthenticators)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DNSRecordAuthenticators(OktaModel):
    """DNS TXT record that must be registered for an RP ID domain that requires verification. This is used
    to verify the domain ownership for the WebAuthn RP ID configuration. After the domain ownership is
    verified, the `DNSRecord` isn't returned in the response.

    Attributes:
        fqdn: The DNS record name
        record_type (`recordType`): DNSRecordTypeAuthenticators
        verification_value (`verificationValue`): The DNS record verification value
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
        "fqdn": ("fqdn", None),
        "record_type": ("recordType", _parse_record_type),
        "verification_value": ("verificationValue", None),
    }

    fqdn: str | None = _attrs_field(init=False)
    record_type: DNSRecordTypeAuthenticators | None = _attrs_field(init=False)
    verification_value: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        fqdn: str | None | Unset = UNSET,
        record_type: DNSRecordTypeAuthenticators | None | Unset = UNSET,
        verification_value: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if fqdn is not UNSET:
            _set_field(self, "fqdn", fqdn)
        if record_type is not UNSET:
            _set_field(self, "record_type", record_type)
        if verification_value is not UNSET:
            _set_field(self, "verification_value", verification_value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("fqdn", UNSET)) is not UNSET:
            d["fqdn"] = v
        if (v := values.get("record_type", UNSET)) is not UNSET:
            d["recordType"] = v
        if (v := values.get("verification_value", UNSET)) is not UNSET:
            d["verificationValue"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("fqdn", UNSET)) is not UNSET:
            obj.fqdn = v
        if (v := d.pop("recordType", UNSET)) is not UNSET:
            obj.record_type = _parse_record_type(v, False)
        if (v := d.pop("verificationValue", UNSET)) is not UNSET:
            obj.verification_value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
