from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info as _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info,
)

if TYPE_CHECKING:
    from typing import Self

    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo,
    )


@_attrs_define(kw_only=True)
class PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor(OktaModel):
    """An Okta `PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor`.

    Attributes:
        key_info (`KeyInfo`): PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo
        use: str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "KeyInfo": "key_info",
        "use": "use",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "key_info": "model",
        "use": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "key_info": lambda d: (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo.from_json(
                v
            )
            if (v := d.get("KeyInfo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo,
                v,
            )
        ),
        "use": "use",
        "additional_properties": lambda d: _convert.undeclared(
            d, PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor._json_names
        ),
    }

    key_info: PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo | None | Unset = (
        UNSET
    )
    use: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.key_info is not UNSET:
            d["KeyInfo"] = _convert.dump_model(self.key_info, omit_read_only)
        if self.use is not UNSET:
            d["use"] = self.use
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.key_info = (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo.from_dict(
                v
            )
            if (v := d.pop("KeyInfo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor_key_info.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptorKeyInfo,
                v,
            )
        )
        obj.use = d.pop("use", UNSET)
        obj.additional_properties = d
        return obj
