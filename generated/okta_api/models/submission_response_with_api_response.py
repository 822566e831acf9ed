from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import api_service as _api_service
from . import api_service_capability as _api_service_capability
from . import auth_settings as _auth_settings
from . import entitlements_capability as _entitlements_capability
from . import global_token_revocation as _global_token_revocation
from . import idv as _idv
from . import idv_capability as _idv_capability
from . import provisioning_capability as _provisioning_capability
from . import provisioning_details as _provisioning_details
from . import sso as _sso
from . import sso_capability as _sso_capability
from . import submission_response_app_contact_details as _submission_response_app_contact_details
from . import submission_response_config as _submission_response_config
from . import universal_logout_capability as _universal_logout_capability
from .submission_response import SubmissionResponse

if TYPE_CHECKING:
    from typing import Self

    from .api_service import ApiService
    from .api_service_capability import ApiServiceCapability
    from .auth_settings import AuthSettings
    from .entitlements_capability import EntitlementsCapability
    from .global_token_revocation import GlobalTokenRevocation
    from .idv import Idv
    from .idv_capability import IdvCapability
    from .provisioning_capability import ProvisioningCapability
    from .provisioning_details import ProvisioningDetails
    from .sso import Sso
    from .sso_capability import SsoCapability
    from .submission_response_app_contact_details import SubmissionResponseAppContactDetails
    from .submission_response_config import SubmissionResponseConfig
    from .universal_logout_capability import UniversalLogoutCapability


@_attrs_define(kw_only=True)
class SubmissionResponseWithApiResponse(SubmissionResponse):
    """An Okta `SubmissionResponseWithApiResponse`.

    Attributes:
        app_contact_details (`appContactDetails`): List of contact details for the app integration
        auth_settings (`authSettings`): AuthSettings
        capabilities: List of capabilities supported by this integration with embedded protocol configurations
        case_last_updated (`caseLastUpdated`, read-only, never sent): The most recent date and time when a Salesforce case associated with the OIN integration
            was updated
        config: List of org-level variables for the customer per-tenant configuration. For example, a
            `subdomain` variable can be used in the ACS URL:
            `https://${org.subdomain}.example.com/saml/login`
        default_logo (`defaultLogo`): Indicates whether the app submission uses a default logo or a custom-uploaded logo:
            * If `true`: Uses the default Okta-provided placeholder logo.
            * If `false`: Uses a custom logo type other than the default logo.
        description: A general description of your application and the benefits provided to your customers
        global_token_revocation (`globalTokenRevocation`): GlobalTokenRevocation
        id (read-only, never sent): OIN integration ID
        is_non_functional_only_submission (`isNonFunctionalOnlySubmission`, read-only, never sent): Indicates whether the OIN integration submission update is limited to non-functional
            metadata fields, such as the app description, logo, or contact details.
            * If `true`: The submission modifies only non-functional metadata and does not change the
            functional configuration.
            * If `false`: The submission includes functional changes (such as SSO, provisioning, or
            capability updates) or is not classified as non-functional.
        last_published (`lastPublished`, read-only, never sent): Timestamp when the OIN Integration was last published
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the OIN integration instance was last updated
        last_updated_by (`lastUpdatedBy`, read-only, never sent): ID of the user who made the last update
        logo: URL to an uploaded application logo. This logo appears next to your app integration name
            in the OIN catalog. You must first [Upload an OIN Integration
            logo](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/YourOinIntegrations/#tag/YourOinIntegrations/operation/uploadSubmissionLogo)
            to obtain the logo URL before you can specify this value.
        name: The app integration name. This is the main title used for your integration in the OIN
            catalog.
        oin_features (`oinFeatures`, read-only, never sent): Type of feature supported by the OIN integration
        provisioning: Supported provisioning configurations for your integration
        sso: Supported SSO protocol configurations. You must configure at least one protocol: `oidc` or
            `saml`
        status (read-only, never sent): Status of the OIN integration submission
        use_cases (`useCases`): List of use cases that describe the integration's purpose in the OIN catalog. For example,
            use cases can indicate the type of functionality the integration provides, such as single
            sign-on, user provisioning, or lifecycle management.
        api_service (`apiService`): ApiService
        idv: Identity Verification (IDV) protocol configuration for identity verification.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appContactDetails": "app_contact_details",
        "authSettings": "auth_settings",
        "capabilities": "capabilities",
        "caseLastUpdated": "case_last_updated",
        "config": "config",
        "defaultLogo": "default_logo",
        "description": "description",
        "globalTokenRevocation": "global_token_revocation",
        "id": "id",
        "isNonFunctionalOnlySubmission": "is_non_functional_only_submission",
        "lastPublished": "last_published",
        "lastUpdated": "last_updated",
        "lastUpdatedBy": "last_updated_by",
        "logo": "logo",
        "name": "name",
        "oinFeatures": "oin_features",
        "provisioning": "provisioning",
        "sso": "sso",
        "status": "status",
        "useCases": "use_cases",
        "apiService": "api_service",
        "idv": "idv",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_contact_details": "list:model",
        "auth_settings": "model",
        "capabilities": "list:any",
        "case_last_updated": "str",
        "config": "list:model",
        "default_logo": "bool",
        "description": "str",
        "global_token_revocation": "model",
        "id": "str",
        "is_non_functional_only_submission": "bool",
        "last_published": "str",
        "last_updated": "str",
        "last_updated_by": "str",
        "logo": "str",
        "name": "str",
        "oin_features": "str",
        "provisioning": "model",
        "sso": "model",
        "status": "str",
        "use_cases": "list:str",
        "api_service": "model",
        "idv": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_contact_details": lambda d: _convert.parse_model_list(
            _submission_response_app_contact_details.SubmissionResponseAppContactDetails.from_json,
            d.get("appContactDetails", UNSET),
        ),
        "auth_settings": lambda d: (
            _auth_settings.AuthSettings.from_json(v)
            if (v := d.get("authSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_auth_settings.AuthSettings, v)
        ),
        "capabilities": lambda d: _convert.parse_union_list(
            (
                _sso_capability.SsoCapability,
                _universal_logout_capability.UniversalLogoutCapability,
                _provisioning_capability.ProvisioningCapability,
                _entitlements_capability.EntitlementsCapability,
                _api_service_capability.ApiServiceCapability,
                _idv_capability.IdvCapability,
            ),
            d.get("capabilities", UNSET),
        ),
        "case_last_updated": "caseLastUpdated",
        "config": lambda d: _convert.parse_model_list(
            _submission_response_config.SubmissionResponseConfig.from_json, d.get("config", UNSET)
        ),
        "default_logo": "defaultLogo",
        "description": "description",
        "global_token_revocation": lambda d: (
            _global_token_revocation.GlobalTokenRevocation.from_json(v)
            if (v := d.get("globalTokenRevocation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_global_token_revocation.GlobalTokenRevocation, v)
        ),
        "id": "id",
        "is_non_functional_only_submission": "isNonFunctionalOnlySubmission",
        "last_published": "lastPublished",
        "last_updated": "lastUpdated",
        "last_updated_by": "lastUpdatedBy",
        "logo": "logo",
        "name": "name",
        "oin_features": "oinFeatures",
        "provisioning": lambda d: (
            _provisioning_details.ProvisioningDetails.from_json(v)
            if (v := d.get("provisioning", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_details.ProvisioningDetails, v)
        ),
        "sso": lambda d: (
            _sso.Sso.from_json(v)
            if (v := d.get("sso", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sso.Sso, v)
        ),
        "status": "status",
        "use_cases": "useCases",
        "api_service": lambda d: (
            _api_service.ApiService.from_json(v)
            if (v := d.get("apiService", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_api_service.ApiService, v)
        ),
        "idv": lambda d: (
            _idv.Idv.from_json(v)
            if (v := d.get("idv", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv.Idv, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SubmissionResponseWithApiResponse._json_names),
    }

    app_contact_details: list[SubmissionResponseAppContactDetails] | None | Unset = UNSET
    auth_settings: AuthSettings | None | Unset = UNSET
    capabilities: (
        list[
            SsoCapability
            | UniversalLogoutCapability
            | ProvisioningCapability
            | EntitlementsCapability
            | ApiServiceCapability
            | IdvCapability
        ]
        | None
        | Unset
    ) = UNSET
    case_last_updated: str | None | Unset = UNSET
    config: list[SubmissionResponseConfig] | None | Unset = UNSET
    default_logo: bool | None | Unset = UNSET
    description: str | None | Unset = UNSET
    global_token_revocation: GlobalTokenRevocation | None | Unset = UNSET
    id: str | None | Unset = UNSET
    is_non_functional_only_submission: bool | None | Unset = UNSET
    last_published: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    last_updated_by: str | None | Unset = UNSET
    logo: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    oin_features: str | None | Unset = UNSET
    provisioning: ProvisioningDetails | None | Unset = UNSET
    sso: Sso | None | Unset = UNSET
    status: str | None | Unset = UNSET
    use_cases: list[str] | None | Unset = UNSET
    api_service: ApiService | None | Unset = UNSET
    idv: Idv | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_contact_details is not UNSET:
            d["appContactDetails"] = _convert.dump_model_list(self.app_contact_details, omit_read_only)
        if self.auth_settings is not UNSET:
            d["authSettings"] = _convert.dump_model(self.auth_settings, omit_read_only)
        if self.capabilities is not UNSET:
            d["capabilities"] = _convert.dump_value(self.capabilities, omit_read_only)
        if self.case_last_updated is not UNSET and not omit_read_only:
            d["caseLastUpdated"] = self.case_last_updated
        if self.config is not UNSET:
            d["config"] = _convert.dump_model_list(self.config, omit_read_only)
        if self.default_logo is not UNSET:
            d["defaultLogo"] = self.default_logo
        if self.description is not UNSET:
            d["description"] = self.description
        if self.global_token_revocation is not UNSET:
            d["globalTokenRevocation"] = _convert.dump_model(self.global_token_revocation, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.is_non_functional_only_submission is not UNSET and not omit_read_only:
            d["isNonFunctionalOnlySubmission"] = self.is_non_functional_only_submission
        if self.last_published is not UNSET and not omit_read_only:
            d["lastPublished"] = self.last_published
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
        if self.last_updated_by is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = self.last_updated_by
        if self.logo is not UNSET:
            d["logo"] = self.logo
        if self.name is not UNSET:
            d["name"] = self.name
        if self.oin_features is not UNSET and not omit_read_only:
            d["oinFeatures"] = self.oin_features
        if self.provisioning is not UNSET:
            d["provisioning"] = _convert.dump_model(self.provisioning, omit_read_only)
        if self.sso is not UNSET:
            d["sso"] = _convert.dump_model(self.sso, omit_read_only)
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.use_cases is not UNSET:
            d["useCases"] = self.use_cases
        if self.api_service is not UNSET:
            d["apiService"] = _convert.dump_model(self.api_service, omit_read_only)
        if self.idv is not UNSET:
            d["idv"] = _convert.dump_model(self.idv, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_contact_details = _convert.parse_model_list(
            _submission_response_app_contact_details.SubmissionResponseAppContactDetails.from_dict,
            d.pop("appContactDetails", UNSET),
        )
        obj.auth_settings = (
            _auth_settings.AuthSettings.from_dict(v)
            if (v := d.pop("authSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_auth_settings.AuthSettings, v)
        )
        obj.capabilities = _convert.parse_union_list(
            (
                _sso_capability.SsoCapability,
                _universal_logout_capability.UniversalLogoutCapability,
                _provisioning_capability.ProvisioningCapability,
                _entitlements_capability.EntitlementsCapability,
                _api_service_capability.ApiServiceCapability,
                _idv_capability.IdvCapability,
            ),
            d.pop("capabilities", UNSET),
        )
        obj.case_last_updated = d.pop("caseLastUpdated", UNSET)
        obj.config = _convert.parse_model_list(
            _submission_response_config.SubmissionResponseConfig.from_dict, d.pop("config", UNSET)
        )
        obj.default_logo = d.pop("defaultLogo", UNSET)
        obj.description = d.pop("description", UNSET)
        obj.global_token_revocation = (
            _global_token_revocation.GlobalTokenRevocation.from_dict(v)
            if (v := d.pop("globalTokenRevocation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_global_token_revocation.GlobalTokenRevocation, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.is_non_functional_only_submission = d.pop("isNonFunctionalOnlySubmission", UNSET)
        obj.last_published = d.pop("lastPublished", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.last_updated_by = d.pop("lastUpdatedBy", UNSET)
        obj.logo = d.pop("logo", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.oin_features = d.pop("oinFeatures", UNSET)
        obj.provisioning = (
            _provisioning_details.ProvisioningDetails.from_dict(v)
            if (v := d.pop("provisioning", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_details.ProvisioningDetails, v)
        )
        obj.sso = (
            _sso.Sso.from_dict(v)
            if (v := d.pop("sso", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sso.Sso, v)
        )
        obj.status = d.pop("status", UNSET)
        obj.use_cases = d.pop("useCases", UNSET)
        obj.api_service = (
            _api_service.ApiService.from_dict(v)
            if (v := d.pop("apiService", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_api_service.ApiService, v)
        )
        obj.idv = (
            _idv.Idv.from_dict(v)
            if (v := d.pop("idv", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv.Idv, v)
        )
        obj.additional_properties = d
        return obj
