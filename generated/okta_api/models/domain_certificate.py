from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .domain_certificate_type import DomainCertificateType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(DomainCertificateType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "certificate": ("certificate", None),
        "certificate_chain": ("certificateChain", None),
        "private_key": ("privateKey", None),
        "type_": ("type", _parse_type_),
    }

    certificate: str | None = _attrs_field(init=False)
    certificate_chain: str | None = _attrs_field(init=False)
    private_key: str | None = _attrs_field(init=False)
    type_: DomainCertificateType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        certificate: str | None | Unset,
        certificate_chain: str | None | Unset,
        private_key: str | None | Unset,
        type_: DomainCertificateType | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if certificate is not UNSET:
            _set_field(self, "certificate", certificate)
        if certificate_chain is not UNSET:
            _set_field(self, "certificate_chain", certificate_chain)
        if private_key is not UNSET:
            _set_field(self, "private_key", private_key)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("certificate", UNSET)) is not UNSET:
            d["certificate"] = v
        if (v := values.get("certificate_chain", UNSET)) is not UNSET:
            d["certificateChain"] = v
        if (v := values.get("private_key", UNSET)) is not UNSET:
            d["privateKey"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("certificate", UNSET)) is not UNSET:
            obj.certificate = v
        if (v := d.pop("certificateChain", UNSET)) is not UNSET:
            obj.certificate_chain = v
        if (v := d.pop("privateKey", UNSET)) is not UNSET:
            obj.private_key = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
