from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import identity_provider_properties_idv_metadata as _identity_provider_properties_idv_metadata
from .identity_provider_properties_additional_amr_item import IdentityProviderPropertiesAdditionalAmrItem

if TYPE_CHECKING:
    from typing import Self

    from .identity_provider_properties_idv_metadata import IdentityProviderPropertiesIdvMetadata


@_attrs_define(kw_only=True)
class IdentityProviderProperties(OktaModel):
    """The properties in the IdP `properties` object vary depending on the IdP type

    Attributes:
        inquiry_template_id (`inquiryTemplateId`): The ID of the inquiry template from your Persona dashboard. The inquiry template always
            starts with `itmpl`. Applies to the `IDV_PERSONA` IdP type.
        aal_value (`aalValue`): The [authentication assurance level](https://developers.login.gov/oidc/#aal-values) (AAL)
            value for the Login.gov IdP.
            See [Add a Login.gov IdP](https://developer.okta.com/docs/guides/add-logingov-idp/).
            Applies to `LOGINGOV` and `LOGINGOV_SANDBOX` IdP types.
        additional_amr (`additionalAmr`): The additional Assurance Methods References (AMR) values for Smart Card IdPs. Applies to
            `X509` IdP type.
        allow_dynamic_user_matching (`allowDynamicUserMatching`): Enables authenticated users to enroll a Smart Card if the users can't be identified using
            the configured `matchAttribute`. Applies to `X509` IdP type.

            > **Note:** Enrollment requires a PIN if the Smart Card is PIN-protected. And enrollment
            is also blocked if the X.509 certificate contains restricted attributes (`login`, `email`,
            `secondEmail`, and configured attributes that are used in multiple identifiers).
        allow_user_updates (`allowUserUpdates`): Enables attribute synchronization from the X.509 certificate to the user's Okta profile.
            If it's set to `true`, Okta overwrites user profile attributes with values found in the
            X.509 certificate. Applies to `X509` IdP type.

            > **Note:** Some attributes are restricted and won't be updated, including `login`,
            `email`, `secondEmail`, and configured attributes that are used in multiple identifiers.
        ial_value (`ialValue`): The [type of identity verification](https://developers.login.gov/oidc/#ial-values) (IAL)
            value for the Login.gov IdP.
            See [Add a Login.gov IdP](https://developer.okta.com/docs/guides/add-logingov-idp/).
            Applies to `LOGINGOV` and `LOGINGOV_SANDBOX` IdP types.
        idv_metadata (`idvMetadata`): Metadata about the IDV vendor. Available only for `IDV_STANDARD` IdPs.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "inquiryTemplateId": "inquiry_template_id",
        "aalValue": "aal_value",
        "additionalAmr": "additional_amr",
        "allowDynamicUserMatching": "allow_dynamic_user_matching",
        "allowUserUpdates": "allow_user_updates",
        "ialValue": "ial_value",
        "idvMetadata": "idv_metadata",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "inquiry_template_id": "str",
        "aal_value": "str",
        "additional_amr": "list:enum",
        "allow_dynamic_user_matching": "bool",
        "allow_user_updates": "bool",
        "ial_value": "str",
        "idv_metadata": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "inquiry_template_id": "inquiryTemplateId",
        "aal_value": "aalValue",
        "additional_amr": lambda d: _convert.parse_enum_list(
            IdentityProviderPropertiesAdditionalAmrItem, d.get("additionalAmr", UNSET)
        ),
        "allow_dynamic_user_matching": "allowDynamicUserMatching",
        "allow_user_updates": "allowUserUpdates",
        "ial_value": "ialValue",
        "idv_metadata": lambda d: (
            _identity_provider_properties_idv_metadata.IdentityProviderPropertiesIdvMetadata.from_json(v)
            if (v := d.get("idvMetadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _identity_provider_properties_idv_metadata.IdentityProviderPropertiesIdvMetadata, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProviderProperties._json_names),
    }

    inquiry_template_id: str | None | Unset
    aal_value: str | None | Unset = UNSET
    additional_amr: list[IdentityProviderPropertiesAdditionalAmrItem] | None | Unset = UNSET
    allow_dynamic_user_matching: bool | None | Unset = UNSET
    allow_user_updates: bool | None | Unset = UNSET
    ial_value: str | None | Unset = UNSET
    idv_metadata: IdentityProviderPropertiesIdvMetadata | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.inquiry_template_id is not UNSET:
            d["inquiryTemplateId"] = self.inquiry_template_id
        if self.aal_value is not UNSET:
            d["aalValue"] = self.aal_value
        if self.additional_amr is not UNSET:
            d["additionalAmr"] = self.additional_amr
        if self.allow_dynamic_user_matching is not UNSET:
            d["allowDynamicUserMatching"] = self.allow_dynamic_user_matching
        if self.allow_user_updates is not UNSET:
            d["allowUserUpdates"] = self.allow_user_updates
        if self.ial_value is not UNSET:
            d["ialValue"] = self.ial_value
        if self.idv_metadata is not UNSET:
            d["idvMetadata"] = _convert.dump_model(self.idv_metadata, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.inquiry_template_id = d.pop("inquiryTemplateId", UNSET)
        obj.aal_value = d.pop("aalValue", UNSET)
        obj.additional_amr = _convert.parse_enum_list(
            IdentityProviderPropertiesAdditionalAmrItem, d.pop("additionalAmr", UNSET)
        )
        obj.allow_dynamic_user_matching = d.pop("allowDynamicUserMatching", UNSET)
        obj.allow_user_updates = d.pop("allowUserUpdates", UNSET)
        obj.ial_value = d.pop("ialValue", UNSET)
        obj.idv_metadata = (
            _identity_provider_properties_idv_metadata.IdentityProviderPropertiesIdvMetadata.from_dict(v)
            if (v := d.pop("idvMetadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _identity_provider_properties_idv_metadata.IdentityProviderPropertiesIdvMetadata, v
            )
        )
        obj.additional_properties = d
        return obj
