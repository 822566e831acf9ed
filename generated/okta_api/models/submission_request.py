from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import api_service_capability as _api_service_capability
from . import auth_settings as _auth_settings
from . import entitlements_capability as _entitlements_capability
from . import global_token_revocation as _global_token_revocation
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

    from .api_service_capability import ApiServiceCapability
    from .auth_settings import AuthSettings
    from .entitlements_capability import EntitlementsCapability
    from .global_token_revocation import GlobalTokenRevocation
    from .idv_capability import IdvCapability
    from .provisioning_capability import ProvisioningCapability
    from .provisioning_details import ProvisioningDetails
    from .sso import Sso
    from .sso_capability import SsoCapability
    from .submission_response_app_contact_details import SubmissionResponseAppContactDetails
    from .submission_response_config import SubmissionResponseConfig
    from .universal_logout_capability import UniversalLogoutCapability


def _parse_app_contact_details(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _submission_response_app_contact_details.SubmissionResponseAppContactDetails.from_json
        if lazy
        else _submission_response_app_contact_details.SubmissionResponseAppContactDetails.from_dict,
        v,
    )


def _parse_auth_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _auth_settings.AuthSettings.from_json(v) if lazy else _auth_settings.AuthSettings.from_dict(v)
    return _convert.parse_model(_auth_settings.AuthSettings, v)


def _parse_capabilities(v: Any, lazy: bool) -> Any:
    return _convert.parse_union_list(
        (
            _sso_capability.SsoCapability,
            _universal_logout_capability.UniversalLogoutCapability,
            _provisioning_capability.ProvisioningCapability,
            _entitlements_capability.EntitlementsCapability,
            _api_service_capability.ApiServiceCapability,
            _idv_capability.IdvCapability,
        ),
        v,
    )


def _parse_config(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _submission_response_config.SubmissionResponseConfig.from_json
        if lazy
        else _submission_response_config.SubmissionResponseConfig.from_dict,
        v,
    )


def _parse_global_token_revocation(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _global_token_revocation.GlobalTokenRevocation.from_json(v)
            if lazy
            else _global_token_revocation.GlobalTokenRevocation.from_dict(v)
        )
    return _convert.parse_model(_global_token_revocation.GlobalTokenRevocation, v)


def _parse_provisioning(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _provisioning_details.ProvisioningDetails.from_json(v)
            if lazy
            else _provisioning_details.ProvisioningDetails.from_dict(v)
        )
    return _convert.parse_model(_provisioning_details.ProvisioningDetails, v)


def _parse_sso(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _sso.Sso.from_json(v) if lazy else _sso.Sso.from_dict(v)
    return _convert.parse_model(_sso.Sso, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SubmissionRequest(SubmissionResponse):
    """An Okta `SubmissionRequest`.

    Attributes:
        description: A general description of your application and the benefits provided to your customers
        logo: URL to an uploaded application logo. This logo appears next to your app integration name
            in the OIN catalog. You must first [Upload an OIN Integration
            logo](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/YourOinIntegrations/#tag/YourOinIntegrations/operation/uploadSubmissionLogo)
            to obtain the logo URL before you can specify this value.
        name: The app integration name. This is the main title used for your integration in the OIN
            catalog.
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
        oin_features (`oinFeatures`, read-only, never sent): Type of feature supported by the OIN integration
        provisioning: Supported provisioning configurations for your integration
        sso: Supported SSO protocol configurations. You must configure at least one protocol: `oidc` or
            `saml`
        status (read-only, never sent): Status of the OIN integration submission
        use_cases (`useCases`): List of use cases that describe the integration's purpose in the OIN catalog. For example,
            use cases can indicate the type of functionality the integration provides, such as single
            sign-on, user provisioning, or lifecycle management.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "logo": "logo",
        "name": "name",
        "appContactDetails": "app_contact_details",
        "authSettings": "auth_settings",
        "capabilities": "capabilities",
        "caseLastUpdated": "case_last_updated",
        "config": "config",
        "defaultLogo": "default_logo",
        "globalTokenRevocation": "global_token_revocation",
        "id": "id",
        "isNonFunctionalOnlySubmission": "is_non_functional_only_submission",
        "lastPublished": "last_published",
        "lastUpdated": "last_updated",
        "lastUpdatedBy": "last_updated_by",
        "oinFeatures": "oin_features",
        "provisioning": "provisioning",
        "sso": "sso",
        "status": "status",
        "useCases": "use_cases",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "logo": "str",
        "name": "str",
        "app_contact_details": "list:model",
        "auth_settings": "model",
        "capabilities": "list:any",
        "case_last_updated": "str",
        "config": "list:model",
        "default_logo": "bool",
        "global_token_revocation": "model",
        "id": "str",
        "is_non_functional_only_submission": "bool",
        "last_published": "str",
        "last_updated": "str",
        "last_updated_by": "str",
        "oin_features": "str",
        "provisioning": "model",
        "sso": "model",
        "status": "str",
        "use_cases": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": ("description", None),
        "logo": ("logo", None),
        "name": ("name", None),
        "app_contact_details": ("appContactDetails", _parse_app_contact_details),
        "auth_settings": ("authSettings", _parse_auth_settings),
        "capabilities": ("capabilities", _parse_capabilities),
        "case_last_updated": ("caseLastUpdated", None),
        "config": ("config", _parse_config),
        "default_logo": ("defaultLogo", None),
        "global_token_revocation": ("globalTokenRevocation", _parse_global_token_revocation),
        "id": ("id", None),
        "is_non_functional_only_submission": ("isNonFunctionalOnlySubmission", None),
        "last_published": ("lastPublished", None),
        "last_updated": ("lastUpdated", None),
        "last_updated_by": ("lastUpdatedBy", None),
        "oin_features": ("oinFeatures", None),
        "provisioning": ("provisioning", _parse_provisioning),
        "sso": ("sso", _parse_sso),
        "status": ("status", None),
        "use_cases": ("useCases", None),
    }

    description: str | None = _attrs_field(init=False)
    logo: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    app_contact_details: list[SubmissionResponseAppContactDetails] | None = _attrs_field(init=False)
    auth_settings: AuthSettings | None = _attrs_field(init=False)
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
    ) = _attrs_field(init=False)
    case_last_updated: str | None = _attrs_field(init=False)
    config: list[SubmissionResponseConfig] | None = _attrs_field(init=False)
    default_logo: bool | None = _attrs_field(init=False)
    global_token_revocation: GlobalTokenRevocation | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    is_non_functional_only_submission: bool | None = _attrs_field(init=False)
    last_published: str | None = _attrs_field(init=False)
    last_updated: str | None = _attrs_field(init=False)
    last_updated_by: str | None = _attrs_field(init=False)
    oin_features: str | None = _attrs_field(init=False)
    provisioning: ProvisioningDetails | None = _attrs_field(init=False)
    sso: Sso | None = _attrs_field(init=False)
    status: str | None = _attrs_field(init=False)
    use_cases: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: str | None | Unset,
        logo: str | None | Unset,
        name: str | None | Unset,
        app_contact_details: list[SubmissionResponseAppContactDetails] | None | Unset = UNSET,
        auth_settings: AuthSettings | None | Unset = UNSET,
        capabilities: list[
            SsoCapability
            | UniversalLogoutCapability
            | ProvisioningCapability
            | EntitlementsCapability
            | ApiServiceCapability
            | IdvCapability
        ]
        | None
        | Unset = UNSET,
        case_last_updated: str | None | Unset = UNSET,
        config: list[SubmissionResponseConfig] | None | Unset = UNSET,
        default_logo: bool | None | Unset = UNSET,
        global_token_revocation: GlobalTokenRevocation | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        is_non_functional_only_submission: bool | None | Unset = UNSET,
        last_published: str | None | Unset = UNSET,
        last_updated: str | None | Unset = UNSET,
        last_updated_by: str | None | Unset = UNSET,
        oin_features: str | None | Unset = UNSET,
        provisioning: ProvisioningDetails | None | Unset = UNSET,
        sso: Sso | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        use_cases: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if logo is not UNSET:
            _set_field(self, "logo", logo)
        if name is not UNSET:
            _set_field(self, "name", name)
        if app_contact_details is not UNSET:
            _set_field(self, "app_contact_details", app_contact_details)
        if auth_settings is not UNSET:
            _set_field(self, "auth_settings", auth_settings)
        if capabilities is not UNSET:
            _set_field(self, "capabilities", capabilities)
        if case_last_updated is not UNSET:
            _set_field(self, "case_last_updated", case_last_updated)
        if config is not UNSET:
            _set_field(self, "config", config)
        if default_logo is not UNSET:
            _set_field(self, "default_logo", default_logo)
        if global_token_revocation is not UNSET:
            _set_field(self, "global_token_revocation", global_token_revocation)
        if id is not UNSET:
            _set_field(self, "id", id)
        if is_non_functional_only_submission is not UNSET:
            _set_field(self, "is_non_functional_only_submission", is_non_functional_only_submission)
        if last_published is not UNSET:
            _set_field(self, "last_published", last_published)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if last_updated_by is not UNSET:
            _set_field(self, "last_updated_by", last_updated_by)
        if oin_features is not UNSET:
            _set_field(self, "oin_features", oin_features)
        if provisioning is not UNSET:
            _set_field(self, "provisioning", provisioning)
        if sso is not UNSET:
            _set_field(self, "sso", sso)
        if status is not UNSET:
            _set_field(self, "status", status)
        if use_cases is not UNSET:
            _set_field(self, "use_cases", use_cases)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("logo", UNSET)) is not UNSET:
            d["logo"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("app_contact_details", UNSET)) is not UNSET:
            d["appContactDetails"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("auth_settings", UNSET)) is not UNSET:
            d["authSettings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("capabilities", UNSET)) is not UNSET:
            d["capabilities"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("case_last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["caseLastUpdated"] = v
        if (v := values.get("config", UNSET)) is not UNSET:
            d["config"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("default_logo", UNSET)) is not UNSET:
            d["defaultLogo"] = v
        if (v := values.get("global_token_revocation", UNSET)) is not UNSET:
            d["globalTokenRevocation"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("is_non_functional_only_submission", UNSET)) is not UNSET and not omit_read_only:
            d["isNonFunctionalOnlySubmission"] = v
        if (v := values.get("last_published", UNSET)) is not UNSET and not omit_read_only:
            d["lastPublished"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = v
        if (v := values.get("last_updated_by", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = v
        if (v := values.get("oin_features", UNSET)) is not UNSET and not omit_read_only:
            d["oinFeatures"] = v
        if (v := values.get("provisioning", UNSET)) is not UNSET:
            d["provisioning"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("sso", UNSET)) is not UNSET:
            d["sso"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("use_cases", UNSET)) is not UNSET:
            d["useCases"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("logo", UNSET)) is not UNSET:
            obj.logo = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("appContactDetails", UNSET)) is not UNSET:
            obj.app_contact_details = _parse_app_contact_details(v, False)
        if (v := d.pop("authSettings", UNSET)) is not UNSET:
            obj.auth_settings = _parse_auth_settings(v, False)
        if (v := d.pop("capabilities", UNSET)) is not UNSET:
            obj.capabilities = _parse_capabilities(v, False)
        if (v := d.pop("caseLastUpdated", UNSET)) is not UNSET:
            obj.case_last_updated = v
        if (v := d.pop("config", UNSET)) is not UNSET:
            obj.config = _parse_config(v, False)
        if (v := d.pop("defaultLogo", UNSET)) is not UNSET:
            obj.default_logo = v
        if (v := d.pop("globalTokenRevocation", UNSET)) is not UNSET:
            obj.global_token_revocation = _parse_global_token_revocation(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("isNonFunctionalOnlySubmission", UNSET)) is not UNSET:
            obj.is_non_functional_only_submission = v
        if (v := d.pop("lastPublished", UNSET)) is not UNSET:
            obj.last_published = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = v
        if (v := d.pop("lastUpdatedBy", UNSET)) is not UNSET:
            obj.last_updated_by = v
        if (v := d.pop("oinFeatures", UNSET)) is not UNSET:
            obj.oin_features = v
        if (v := d.pop("provisioning", UNSET)) is not UNSET:
            obj.provisioning = _parse_provisioning(v, False)
        if (v := d.pop("sso", UNSET)) is not UNSET:
            obj.sso = _parse_sso(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = v
        if (v := d.pop("useCases", UNSET)) is not UNSET:
            obj.use_cases = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
