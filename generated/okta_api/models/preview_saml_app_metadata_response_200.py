from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    preview_saml_app_metadata_response_200_entity_descriptor as _preview_saml_app_metadata_response_200_entity_descriptor,
)

if TYPE_CHECKING:
    from typing import Self

    from .preview_saml_app_metadata_response_200_entity_descriptor import (
        PreviewSamlAppMetadataResponse200EntityDescriptor,
    )


@_attrs_define(kw_only=True)
class PreviewSamlAppMetadataResponse200(OktaModel):
    """An Okta `PreviewSamlAppMetadataResponse200`.

    Attributes:
        entity_descriptor (`EntityDescriptor`): PreviewSamlAppMetadataResponse200EntityDescriptor
    """

    _json_names: ClassVar[dict[str, str]] = {
        "EntityDescriptor": "entity_descriptor",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "entity_descriptor": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "entity_descriptor": lambda d: (
            _preview_saml_app_metadata_response_200_entity_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptor.from_json(
                v
            )
            if (v := d.get("EntityDescriptor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptor,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PreviewSamlAppMetadataResponse200._json_names),
    }

    entity_descriptor: PreviewSamlAppMetadataResponse200EntityDescriptor | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.entity_descriptor is not UNSET:
            d["EntityDescriptor"] = _convert.dump_model(self.entity_descriptor, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.entity_descriptor = (
            _preview_saml_app_metadata_response_200_entity_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptor.from_dict(
                v
            )
            if (v := d.pop("EntityDescriptor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptor,
                v,
            )
        )
        obj.additional_properties = d
        return obj
