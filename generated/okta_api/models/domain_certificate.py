from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .domain_certificate_type import DomainCertificateType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class DomainCertificate(OktaModel):
    """Defines the properties of the certificate

    Attributes:
        certificate: Certificate content
        certificate_chain (`certificateChain`): Certificate chain
        private_key (`privateKey`): Certificate private key
        type_ (`type`): Certificate type
    """

    _json_names: ClassVar[dict[str, str]] = {
        "certificate": "certificate",
        "certificateChain": "certificate_chain",
        "privateKey": "private_key",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "certificate": "str",
        "certificate_chain": "str",
        "private_key": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "certificate": "certificate",
        "certificate_chain": "certificateChain",
        "private_key": "privateKey",
        "type_": lambda d: (
            _convert.parse_enum(DomainCertificateType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DomainCertificate._json_names),
    }

    certificate: str | None | Unset
    certificate_chain: str | None | Unset
    private_key: str | None | Unset
    type_: DomainCertificateType | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.certificate is not UNSET:
            d["certificate"] = self.certificate
        if self.certificate_chain is not UNSET:
            d["certificateChain"] = self.certificate_chain
        if self.private_key is not UNSET:
            d["privateKey"] = self.private_key
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.certificate = d.pop("certificate", UNSET)
        obj.certificate_chain = d.pop("certificateChain", UNSET)
        obj.private_key = d.pop("privateKey", UNSET)
        obj.type_ = _convert.parse_enum(DomainCertificateType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
