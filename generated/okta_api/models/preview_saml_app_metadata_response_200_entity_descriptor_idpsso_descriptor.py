from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor as _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor,
)
from . import (
    preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_logout_service as _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_logout_service,
)
from . import (
    preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_sign_on_service as _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_sign_on_service,
)

if TYPE_CHECKING:
    from typing import Self

    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor,
    )
    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_logout_service import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService,
    )
    from .preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_sign_on_service import (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService,
    )


@_attrs_define(kw_only=True)
class PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor(OktaModel):
    """An Okta `PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor`.

    Attributes:
        key_descriptor (`KeyDescriptor`): PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor
        name_id_format (`NameIDFormat`): list[str]
        single_logout_service (`SingleLogoutService`): PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService
        single_sign_on_service (`SingleSignOnService`): PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService
        want_authn_requests_signed (`WantAuthnRequestsSigned`): bool
        protocol_support_enumeration (`protocolSupportEnumeration`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "KeyDescriptor": "key_descriptor",
        "NameIDFormat": "name_id_format",
        "SingleLogoutService": "single_logout_service",
        "SingleSignOnService": "single_sign_on_service",
        "WantAuthnRequestsSigned": "want_authn_requests_signed",
        "protocolSupportEnumeration": "protocol_support_enumeration",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "key_descriptor": "model",
        "name_id_format": "list:str",
        "single_logout_service": "model",
        "single_sign_on_service": "model",
        "want_authn_requests_signed": "bool",
        "protocol_support_enumeration": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "key_descriptor": lambda d: (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor.from_json(
                v
            )
            if (v := d.get("KeyDescriptor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor,
                v,
            )
        ),
        "name_id_format": "NameIDFormat",
        "single_logout_service": lambda d: (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_logout_service.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService.from_json(
                v
            )
            if (v := d.get("SingleLogoutService", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_logout_service.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService,
                v,
            )
        ),
        "single_sign_on_service": lambda d: (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_sign_on_service.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService.from_json(
                v
            )
            if (v := d.get("SingleSignOnService", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_sign_on_service.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService,
                v,
            )
        ),
        "want_authn_requests_signed": "WantAuthnRequestsSigned",
        "protocol_support_enumeration": "protocolSupportEnumeration",
        "additional_properties": lambda d: _convert.undeclared(
            d, PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptor._json_names
        ),
    }

    key_descriptor: PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor | None | Unset = (
        UNSET
    )
    name_id_format: list[str] | None | Unset = UNSET
    single_logout_service: (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService | None | Unset
    ) = UNSET
    single_sign_on_service: (
        PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService | None | Unset
    ) = UNSET
    want_authn_requests_signed: bool | None | Unset = UNSET
    protocol_support_enumeration: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.key_descriptor is not UNSET:
            d["KeyDescriptor"] = _convert.dump_model(self.key_descriptor, omit_read_only)
        if self.name_id_format is not UNSET:
            d["NameIDFormat"] = self.name_id_format
        if self.single_logout_service is not UNSET:
            d["SingleLogoutService"] = _convert.dump_model(self.single_logout_service, omit_read_only)
        if self.single_sign_on_service is not UNSET:
            d["SingleSignOnService"] = _convert.dump_model(self.single_sign_on_service, omit_read_only)
        if self.want_authn_requests_signed is not UNSET:
            d["WantAuthnRequestsSigned"] = self.want_authn_requests_signed
        if self.protocol_support_enumeration is not UNSET:
            d["protocolSupportEnumeration"] = self.protocol_support_enumeration
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.key_descriptor = (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor.from_dict(
                v
            )
            if (v := d.pop("KeyDescriptor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_key_descriptor.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorKeyDescriptor,
                v,
            )
        )
        obj.name_id_format = d.pop("NameIDFormat", UNSET)
        obj.single_logout_service = (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_logout_service.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService.from_dict(
                v
            )
            if (v := d.pop("SingleLogoutService", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_logout_service.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleLogoutService,
                v,
            )
        )
        obj.single_sign_on_service = (
            _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_sign_on_service.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService.from_dict(
                v
            )
            if (v := d.pop("SingleSignOnService", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _preview_saml_app_metadata_response_200_entity_descriptor_idpsso_descriptor_single_sign_on_service.PreviewSamlAppMetadataResponse200EntityDescriptorIDPSSODescriptorSingleSignOnService,
                v,
            )
        )
        obj.want_authn_requests_signed = d.pop("WantAuthnRequestsSigned", UNSET)
        obj.protocol_support_enumeration = d.pop("protocolSupportEnumeration", UNSET)
        obj.additional_properties = d
        return obj
