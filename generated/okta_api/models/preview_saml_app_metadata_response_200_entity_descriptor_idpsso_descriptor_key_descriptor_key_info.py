from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info_x509_data as _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info_x509_data,
)

if TYPE_CHECKING:
    from typing import Self

    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info_x509_data import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data,
    )


@_attrs_define(kw_only=True)
class PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo(OktaModel):
    """An Okta `PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo`.

    Attributes:
        x509_data (`X509Data`): PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data
    """

    _json_names: ClassVar[dict[str, str]] = {
        "X509Data": "x509_data",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "x509_data": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "x509_data": lambda d: (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info_x509_data.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data.from_json(
                v
            )
            if (v := d.get("X509Data", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info_x509_data.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo._json_names
        ),
    }

    x509_data: (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data | None | Unset
    ) = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.x509_data is not UNSET:
            d["X509Data"] = _convert.dump_model(self.x509_data, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.x509_data = (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info_x509_data.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data.from_dict(
                v
            )
            if (v := d.pop("X509Data", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info_x509_data.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfoX509Data,
                v,
            )
        )
        obj.additional_properties = d
        return obj
