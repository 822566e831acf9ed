from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data(OktaModel):
    """An Okta `PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data`.

    Attributes:
        x509_certificate (`X509Certificate`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "X509Certificate": "x509_certificate",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "x509_certificate": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "x509_certificate": "X509Certificate",
        "additional_properties": lambda d: _convert.undeclared(
            d, PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data._json_names
        ),
    }

    x509_certificate: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.x509_certificate is not UNSET:
            d["X509Certificate"] = self.x509_certificate
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.x509_certificate = d.pop("X509Certificate", UNSET)
        obj.additional_properties = d
        return obj
