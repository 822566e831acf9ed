from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import application_accessibility as _application_accessibility
from . import application_embedded as _application_embedded
from . import application_express_configuration as _application_express_configuration
from . import application_licensing as _application_licensing
from . import application_links as _application_links
from . import application_universal_logout as _application_universal_logout
from . import application_visibility as _application_visibility
from . import o_auth_application_credentials as _o_auth_application_credentials
from . import open_id_connect_application_settings as _open_id_connect_application_settings
from .application import Application
from .application_features import ApplicationFeatures
from .application_lifecycle_status import ApplicationLifecycleStatus
from .application_sign_on_mode import ApplicationSignOnMode

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .application_accessibility import ApplicationAccessibility
    from .application_embedded import ApplicationEmbedded
    from .application_express_configuration import ApplicationExpressConfiguration
    from .application_licensing import ApplicationLicensing
    from .application_links import ApplicationLinks
    from .application_universal_logout import ApplicationUniversalLogout
    from .application_visibility import ApplicationVisibility
    from .o_auth_application_credentials import OAuthApplicationCredentials
    from .open_id_connect_application_settings import OpenIdConnectApplicationSettings


@_attrs_define(kw_only=True)
class OpenIdConnectApplication(Application):
    """An Okta `OpenIdConnectApplication`.

    Attributes:
        label: User-defined display name for app
        sign_on_mode (`signOnMode`): Authentication mode for the app

            | signOnMode | Description |
            | ---------- | ----------- |
            | AUTO_LOGIN | Secure Web Authentication (SWA) |
            | BASIC_AUTH | HTTP Basic Authentication with Okta Browser Plugin |
            | BOOKMARK | Just a bookmark (no-authentication) |
            | BROWSER_PLUGIN | Secure Web Authentication (SWA) with Okta Browser Plugin |
            | OPENID_CONNECT | Federated Authentication with OpenID Connect (OIDC) |
            | SAML_1_1 | Federated Authentication with SAML 1.1 WebSSO (not supported for custom apps)
            |
            | SAML_2_0 | Federated Authentication with SAML 2.0 WebSSO |
            | SECURE_PASSWORD_STORE | Secure Web Authentication (SWA) with POST (plugin not required)
            |
            | WS_FEDERATION | Federated Authentication with WS-Federation Passive Requestor Profile |

            Select the `signOnMode` for your custom app:
        credentials: OAuthApplicationCredentials
        name: str
        settings: OpenIdConnectApplicationSettings
        accessibility: Specifies access settings for the app
        created (read-only, never sent): Timestamp when the application object was created
        express_configuration (`expressConfiguration`, read-only, never sent): <div class="x-lifecycle-container"><x-lifecycle class="oie"></x-lifecycle></div>
            Indicates which Express Configuration capabilities the app supports and has enabled
        features (read-only, never sent): Enabled app features
            > **Note:** See [Application
            Features](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationfeatures/)
            for app provisioning features.
        id (read-only, never sent): Unique ID for the app instance
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the application object was last updated
        licensing: Licenses for the app
        orn (read-only, never sent): The Okta resource name (ORN) for the current app instance
        profile: Contains any valid JSON schema for specifying properties that can be referenced from a
            request (only available to OAuth 2.0 client apps).
            For example, add an app manager contact email address or define an allowlist of groups
            that you can then reference using the Okta Expression Language `getFilteredGroups`
            function.

            > **Notes:**
            > * `profile` isn't encrypted, so don't store sensitive data in it.
            > * `profile` doesn't limit the level of nesting in the JSON schema you created, but there
            is a practical size limit. Okta recommends a JSON schema size of 1 MB or less for best
            performance.
        status (read-only, never sent): App instance status
        universal_logout (`universalLogout`, read-only, never sent): <div class="x-lifecycle-container"><x-lifecycle class="oie"></x-lifecycle></div>
            Universal Logout properties for the app. These properties are only returned and can't be
            updated.
        visibility: Specifies visibility settings for the app
        field_embedded (`_embedded`, read-only, never sent): ApplicationEmbedded
        field_links (`_links`, read-only, never sent): Discoverable resources related to the app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "label": "label",
        "signOnMode": "sign_on_mode",
        "credentials": "credentials",
        "name": "name",
        "settings": "settings",
        "accessibility": "accessibility",
        "created": "created",
        "expressConfiguration": "express_configuration",
        "features": "features",
        "id": "id",
        "lastUpdated": "last_updated",
        "licensing": "licensing",
        "orn": "orn",
        "profile": "profile",
        "status": "status",
        "universalLogout": "universal_logout",
        "visibility": "visibility",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "label": "str",
        "sign_on_mode": "enum",
        "credentials": "model",
        "name": "str",
        "settings": "model",
        "accessibility": "model",
        "created": "datetime",
        "express_configuration": "model",
        "features": "list:enum",
        "id": "str",
        "last_updated": "datetime",
        "licensing": "model",
        "orn": "str",
        "profile": "dict",
        "status": "enum",
        "universal_logout": "model",
        "visibility": "model",
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "label": "label",
        "sign_on_mode": lambda d: (
            _convert.parse_enum(ApplicationSignOnMode, v) if (v := d.get("signOnMode", UNSET)).__class__ is str else v
        ),
        "credentials": lambda d: (
            _o_auth_application_credentials.OAuthApplicationCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_application_credentials.OAuthApplicationCredentials, v)
        ),
        "name": "name",
        "settings": lambda d: (
            _open_id_connect_application_settings.OpenIdConnectApplicationSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_open_id_connect_application_settings.OpenIdConnectApplicationSettings, v)
        ),
        "accessibility": lambda d: (
            _application_accessibility.ApplicationAccessibility.from_json(v)
            if (v := d.get("accessibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_accessibility.ApplicationAccessibility, v)
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "express_configuration": lambda d: (
            _application_express_configuration.ApplicationExpressConfiguration.from_json(v)
            if (v := d.get("expressConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_express_configuration.ApplicationExpressConfiguration, v)
        ),
        "features": lambda d: _convert.parse_enum_list(ApplicationFeatures, d.get("features", UNSET)),
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "licensing": lambda d: (
            _application_licensing.ApplicationLicensing.from_json(v)
            if (v := d.get("licensing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_licensing.ApplicationLicensing, v)
        ),
        "orn": "orn",
        "profile": "profile",
        "status": lambda d: (
            _convert.parse_enum(ApplicationLifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "universal_logout": lambda d: (
            _application_universal_logout.ApplicationUniversalLogout.from_json(v)
            if (v := d.get("universalLogout", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_universal_logout.ApplicationUniversalLogout, v)
        ),
        "visibility": lambda d: (
            _application_visibility.ApplicationVisibility.from_json(v)
            if (v := d.get("visibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility.ApplicationVisibility, v)
        ),
        "field_embedded": lambda d: (
            _application_embedded.ApplicationEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_embedded.ApplicationEmbedded, v)
        ),
        "field_links": lambda d: (
            _application_links.ApplicationLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_links.ApplicationLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OpenIdConnectApplication._json_names),
    }

    label: str | None | Unset
    credentials: OAuthApplicationCredentials | None | Unset
    settings: OpenIdConnectApplicationSettings | None | Unset
    sign_on_mode: ApplicationSignOnMode | None | Unset = ApplicationSignOnMode("OPENID_CONNECT")
    name: str | None | Unset = "oidc_client"
    accessibility: ApplicationAccessibility | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    express_configuration: ApplicationExpressConfiguration | None | Unset = UNSET
    features: list[ApplicationFeatures] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    licensing: ApplicationLicensing | None | Unset = UNSET
    orn: str | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET
    status: ApplicationLifecycleStatus | None | Unset = UNSET
    universal_logout: ApplicationUniversalLogout | None | Unset = UNSET
    visibility: ApplicationVisibility | None | Unset = UNSET
    field_embedded: ApplicationEmbedded | None | Unset = UNSET
    field_links: ApplicationLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.label is not UNSET:
            d["label"] = self.label
        if self.sign_on_mode is not UNSET:
            d["signOnMode"] = self.sign_on_mode
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.accessibility is not UNSET:
            d["accessibility"] = _convert.dump_model(self.accessibility, omit_read_only)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.express_configuration is not UNSET and not omit_read_only:
            d["expressConfiguration"] = _convert.dump_model(self.express_configuration, omit_read_only)
        if self.features is not UNSET and not omit_read_only:
            d["features"] = self.features
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.licensing is not UNSET:
            d["licensing"] = _convert.dump_model(self.licensing, omit_read_only)
        if self.orn is not UNSET and not omit_read_only:
            d["orn"] = self.orn
        if self.profile is not UNSET:
            d["profile"] = self.profile
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.universal_logout is not UNSET and not omit_read_only:
            d["universalLogout"] = _convert.dump_model(self.universal_logout, omit_read_only)
        if self.visibility is not UNSET:
            d["visibility"] = _convert.dump_model(self.visibility, omit_read_only)
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.label = d.pop("label", UNSET)
        obj.sign_on_mode = (
            _convert.parse_enum(ApplicationSignOnMode, v) if (v := d.pop("signOnMode", UNSET)).__class__ is str else v
        )
        obj.credentials = (
            _o_auth_application_credentials.OAuthApplicationCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_application_credentials.OAuthApplicationCredentials, v)
        )
        obj.name = d.pop("name", UNSET)
        obj.settings = (
            _open_id_connect_application_settings.OpenIdConnectApplicationSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_open_id_connect_application_settings.OpenIdConnectApplicationSettings, v)
        )
        obj.accessibility = (
            _application_accessibility.ApplicationAccessibility.from_dict(v)
            if (v := d.pop("accessibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_accessibility.ApplicationAccessibility, v)
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.express_configuration = (
            _application_express_configuration.ApplicationExpressConfiguration.from_dict(v)
            if (v := d.pop("expressConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_express_configuration.ApplicationExpressConfiguration, v)
        )
        obj.features = _convert.parse_enum_list(ApplicationFeatures, d.pop("features", UNSET))
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.licensing = (
            _application_licensing.ApplicationLicensing.from_dict(v)
            if (v := d.pop("licensing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_licensing.ApplicationLicensing, v)
        )
        obj.orn = d.pop("orn", UNSET)
        obj.profile = d.pop("profile", UNSET)
        obj.status = (
            _convert.parse_enum(ApplicationLifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.universal_logout = (
            _application_universal_logout.ApplicationUniversalLogout.from_dict(v)
            if (v := d.pop("universalLogout", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_universal_logout.ApplicationUniversalLogout, v)
        )
        obj.visibility = (
            _application_visibility.ApplicationVisibility.from_dict(v)
            if (v := d.pop("visibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility.ApplicationVisibility, v)
        )
        obj.field_embedded = (
            _application_embedded.ApplicationEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_embedded.ApplicationEmbedded, v)
        )
        obj.field_links = (
            _application_links.ApplicationLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_links.ApplicationLinks, v)
        )
        obj.additional_properties = d
        return obj
