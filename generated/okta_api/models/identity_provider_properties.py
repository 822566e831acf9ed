from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import identity_provider_properties_idv_metadata as _identity_provider_properties_idv_metadata
from .identity_provider_properties_additional_amr_item import IdentityProviderPropertiesAdditionalAmrItem

if TYPE_CHECKING:
    from typing import Self

    from .identity_provider_properties_idv_metadata import IdentityProviderPropertiesIdvMetadata


def _parse_additional_amr(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(IdentityProviderPropertiesAdditionalAmrItem, v)


def _parse_idv_metadata(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_provider_properties_idv_metadata.IdentityProviderPropertiesIdvMetadata.from_json(v)
            if lazy
            else _identity_provider_properties_idv_metadata.IdentityProviderPropertiesIdvMetadata.from_dict(v)
        )
    return _convert.parse_model(_identity_provider_properties_idv_metadata.IdentityProviderPropertiesIdvMetadata, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "inquiry_template_id": ("inquiryTemplateId", None),
        "aal_value": ("aalValue", None),
        "additional_amr": ("additionalAmr", _parse_additional_amr),
        "allow_dynamic_user_matching": ("allowDynamicUserMatching", None),
        "allow_user_updates": ("allowUserUpdates", None),
        "ial_value": ("ialValue", None),
        "idv_metadata": ("idvMetadata", _parse_idv_metadata),
    }

    inquiry_template_id: str | None = _attrs_field(init=False)
    aal_value: str | None = _attrs_field(init=False)
    additional_amr: list[IdentityProviderPropertiesAdditionalAmrItem] | None = _attrs_field(init=False)
    allow_dynamic_user_matching: bool | None = _attrs_field(init=False)
    allow_user_updates: bool | None = _attrs_field(init=False)
    ial_value: str | None = _attrs_field(init=False)
    idv_metadata: IdentityProviderPropertiesIdvMetadata | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        inquiry_template_id: str | None | Unset,
        aal_value: str | None | Unset = UNSET,
        additional_amr: list[IdentityProviderPropertiesAdditionalAmrItem] | None | Unset = UNSET,
        allow_dynamic_user_matching: bool | None | Unset = UNSET,
        allow_user_updates: bool | None | Unset = UNSET,
        ial_value: str | None | Unset = UNSET,
        idv_metadata: IdentityProviderPropertiesIdvMetadata | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if inquiry_template_id is not UNSET:
            _set_field(self, "inquiry_template_id", inquiry_template_id)
        if aal_value is not UNSET:
            _set_field(self, "aal_value", aal_value)
        if additional_amr is not UNSET:
            _set_field(self, "additional_amr", additional_amr)
        if allow_dynamic_user_matching is not UNSET:
            _set_field(self, "allow_dynamic_user_matching", allow_dynamic_user_matching)
        if allow_user_updates is not UNSET:
            _set_field(self, "allow_user_updates", allow_user_updates)
        if ial_value is not UNSET:
            _set_field(self, "ial_value", ial_value)
        if idv_metadata is not UNSET:
            _set_field(self, "idv_metadata", idv_metadata)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("inquiry_template_id", UNSET)) is not UNSET:
            d["inquiryTemplateId"] = v
        if (v := values.get("aal_value", UNSET)) is not UNSET:
            d["aalValue"] = v
        if (v := values.get("additional_amr", UNSET)) is not UNSET:
            d["additionalAmr"] = v
        if (v := values.get("allow_dynamic_user_matching", UNSET)) is not UNSET:
            d["allowDynamicUserMatching"] = v
        if (v := values.get("allow_user_updates", UNSET)) is not UNSET:
            d["allowUserUpdates"] = v
        if (v := values.get("ial_value", UNSET)) is not UNSET:
            d["ialValue"] = v
        if (v := values.get("idv_metadata", UNSET)) is not UNSET:
            d["idvMetadata"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("inquiryTemplateId", UNSET)) is not UNSET:
            obj.inquiry_template_id = v
        if (v := d.pop("aalValue", UNSET)) is not UNSET:
            obj.aal_value = v
        if (v := d.pop("additionalAmr", UNSET)) is not UNSET:
            obj.additional_amr = _parse_additional_amr(v, False)
        if (v := d.pop("allowDynamicUserMatching", UNSET)) is not UNSET:
            obj.allow_dynamic_user_matching = v
        if (v := d.pop("allowUserUpdates", UNSET)) is not UNSET:
            obj.allow_user_updates = v
        if (v := d.pop("ialValue", UNSET)) is not UNSET:
            obj.ial_value = v
        if (v := d.pop("idvMetadata", UNSET)) is not UNSET:
            obj.idv_metadata = _parse_idv_metadata(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
