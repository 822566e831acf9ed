from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor as _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor,
)

if TYPE_CHECKING:
    from typing import Self

    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor,
    )


@_attrs_define(kw_only=True)
class PreviewSamlAppMetadataResponse200EntityDescriptor(OktaModel):
    """An Okta `PreviewSamlAppMetadataResponse200EntityDescriptor`.

    Attributes:
        idpsso_descriptor (`IDPSSODescriptor`): PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor
        entity_id (`entityID`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "IDPSSODescriptor": "idpsso_descriptor",
        "entityID": "entity_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "idpsso_descriptor": "model",
        "entity_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "idpsso_descriptor": lambda d: (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor.from_json(
                v
            )
            if (v := d.get("IDPSSODescriptor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor,
                v,
            )
        ),
        "entity_id": "entityID",
        "additional_properties": lambda d: _convert.undeclared(
            d, PreviewSamlAppMetadataResponse200EntityDescriptor._json_names
        ),
    }

    idpsso_descriptor: PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor | None | Unset = UNSET
    entity_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.idpsso_descriptor is not UNSET:
            d["IDPSSODescriptor"] = _convert.dump_model(self.idpsso_descriptor, omit_read_only)
        if self.entity_id is not UNSET:
            d["entityID"] = self.entity_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.idpsso_descriptor = (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor.from_dict(
                v
            )
            if (v := d.pop("IDPSSODescriptor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor,
                v,
            )
        )
        obj.entity_id = d.pop("entityID", UNSET)
        obj.additional_properties = d
        return obj
