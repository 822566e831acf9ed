from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import application_accessibility as _application_accessibility
from . import application_embedded as _application_embedded
from . import application_express_configuration as _application_express_configuration
from . import application_licensing as _application_licensing
from . import application_links as _application_links
from . import application_universal_logout as _application_universal_logout
from . import application_visibility as _application_visibility
from . import auto_login_application_settings as _auto_login_application_settings
from . import scheme_application_credentials as _scheme_application_credentials
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
    from .auto_login_application_settings import AutoLoginApplicationSettings
    from .scheme_application_credentials import SchemeApplicationCredentials


_parse_sign_on_mode = _convert.enum_parser(ApplicationSignOnMode)


def _parse_accessibility(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_accessibility.ApplicationAccessibility.from_json(v)
            if lazy
            else _application_accessibility.ApplicationAccessibility.from_dict(v)
        )
    return _convert.parse_model(_application_accessibility.ApplicationAccessibility, v)


def _parse_express_configuration(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_express_configuration.ApplicationExpressConfiguration.from_json(v)
            if lazy
            else _application_express_configuration.ApplicationExpressConfiguration.from_dict(v)
        )
    return _convert.parse_model(_application_express_configuration.ApplicationExpressConfiguration, v)


def _parse_features(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(ApplicationFeatures, v)


def _parse_licensing(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_licensing.ApplicationLicensing.from_json(v)
            if lazy
            else _application_licensing.ApplicationLicensing.from_dict(v)
        )
    return _convert.parse_model(_application_licensing.ApplicationLicensing, v)


_parse_status = _convert.enum_parser(ApplicationLifecycleStatus)


def _parse_universal_logout(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_universal_logout.ApplicationUniversalLogout.from_json(v)
            if lazy
            else _application_universal_logout.ApplicationUniversalLogout.from_dict(v)
        )
    return _convert.parse_model(_application_universal_logout.ApplicationUniversalLogout, v)


def _parse_visibility(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_visibility.ApplicationVisibility.from_json(v)
            if lazy
            else _application_visibility.ApplicationVisibility.from_dict(v)
        )
    return _convert.parse_model(_application_visibility.ApplicationVisibility, v)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_embedded.ApplicationEmbedded.from_json(v)
            if lazy
            else _application_embedded.ApplicationEmbedded.from_dict(v)
        )
    return _convert.parse_model(_application_embedded.ApplicationEmbedded, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_links.ApplicationLinks.from_json(v)
            if lazy
            else _application_links.ApplicationLinks.from_dict(v)
        )
    return _convert.parse_model(_application_links.ApplicationLinks, v)


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _scheme_application_credentials.SchemeApplicationCredentials.from_json(v)
            if lazy
            else _scheme_application_credentials.SchemeApplicationCredentials.from_dict(v)
        )
    return _convert.parse_model(_scheme_application_credentials.SchemeApplicationCredentials, v)


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _auto_login_application_settings.AutoLoginApplicationSettings.from_json(v)
            if lazy
            else _auto_login_application_settings.AutoLoginApplicationSettings.from_dict(v)
        )
    return _convert.parse_model(_auto_login_application_settings.AutoLoginApplicationSettings, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AutoLoginApplication(Application):
    """An Okta `AutoLoginApplication`.

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
        credentials: SchemeApplicationCredentials
        name (read-only, never sent): A unique key is generated for the custom SWA app instance when you use AUTO_LOGIN
            `signOnMode`.
        settings: AutoLoginApplicationSettings
    """

    _json_names: ClassVar[dict[str, str]] = {
        "label": "label",
        "signOnMode": "sign_on_mode",
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
        "credentials": "credentials",
        "name": "name",
        "settings": "settings",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "label": "str",
        "sign_on_mode": "enum",
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
        "credentials": "model",
        "name": "str",
        "settings": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "label": ("label", None),
        "sign_on_mode": ("signOnMode", _parse_sign_on_mode),
        "accessibility": ("accessibility", _parse_accessibility),
        "created": ("created", _convert.parse_datetime),
        "express_configuration": ("expressConfiguration", _parse_express_configuration),
        "features": ("features", _parse_features),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "licensing": ("licensing", _parse_licensing),
        "orn": ("orn", None),
        "profile": ("profile", None),
        "status": ("status", _parse_status),
        "universal_logout": ("universalLogout", _parse_universal_logout),
        "visibility": ("visibility", _parse_visibility),
        "field_embedded": ("_embedded", _parse_field_embedded),
        "field_links": ("_links", _parse_field_links),
        "credentials": ("credentials", _parse_credentials),
        "name": ("name", None),
        "settings": ("settings", _parse_settings),
    }

    label: str | None = _attrs_field(init=False)
    sign_on_mode: ApplicationSignOnMode | None = _attrs_field(init=False)
    accessibility: ApplicationAccessibility | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    express_configuration: ApplicationExpressConfiguration | None = _attrs_field(init=False)
    features: list[ApplicationFeatures] | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    licensing: ApplicationLicensing | None = _attrs_field(init=False)
    orn: str | None = _attrs_field(init=False)
    profile: dict[str, Any] | None = _attrs_field(init=False)
    status: ApplicationLifecycleStatus | None = _attrs_field(init=False)
    universal_logout: ApplicationUniversalLogout | None = _attrs_field(init=False)
    visibility: ApplicationVisibility | None = _attrs_field(init=False)
    field_embedded: ApplicationEmbedded | None = _attrs_field(init=False)
    field_links: ApplicationLinks | None = _attrs_field(init=False)
    credentials: SchemeApplicationCredentials | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    settings: AutoLoginApplicationSettings | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        label: str | None | Unset,
        sign_on_mode: ApplicationSignOnMode | None | Unset = ApplicationSignOnMode("AUTO_LOGIN"),
        accessibility: ApplicationAccessibility | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        express_configuration: ApplicationExpressConfiguration | None | Unset = UNSET,
        features: list[ApplicationFeatures] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        licensing: ApplicationLicensing | None | Unset = UNSET,
        orn: str | None | Unset = UNSET,
        profile: dict[str, Any] | None | Unset = UNSET,
        status: ApplicationLifecycleStatus | None | Unset = UNSET,
        universal_logout: ApplicationUniversalLogout | None | Unset = UNSET,
        visibility: ApplicationVisibility | None | Unset = UNSET,
        field_embedded: ApplicationEmbedded | None | Unset = UNSET,
        field_links: ApplicationLinks | None | Unset = UNSET,
        credentials: SchemeApplicationCredentials | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        settings: AutoLoginApplicationSettings | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if label is not UNSET:
            _set_field(self, "label", label)
        if sign_on_mode is not UNSET:
            _set_field(self, "sign_on_mode", sign_on_mode)
        if accessibility is not UNSET:
            _set_field(self, "accessibility", accessibility)
        if created is not UNSET:
            _set_field(self, "created", created)
        if express_configuration is not UNSET:
            _set_field(self, "express_configuration", express_configuration)
        if features is not UNSET:
            _set_field(self, "features", features)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if licensing is not UNSET:
            _set_field(self, "licensing", licensing)
        if orn is not UNSET:
            _set_field(self, "orn", orn)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if status is not UNSET:
            _set_field(self, "status", status)
        if universal_logout is not UNSET:
            _set_field(self, "universal_logout", universal_logout)
        if visibility is not UNSET:
            _set_field(self, "visibility", visibility)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if name is not UNSET:
            _set_field(self, "name", name)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("sign_on_mode", UNSET)) is not UNSET:
            d["signOnMode"] = v
        if (v := values.get("accessibility", UNSET)) is not UNSET:
            d["accessibility"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("express_configuration", UNSET)) is not UNSET and not omit_read_only:
            d["expressConfiguration"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("features", UNSET)) is not UNSET and not omit_read_only:
            d["features"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("licensing", UNSET)) is not UNSET:
            d["licensing"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("orn", UNSET)) is not UNSET and not omit_read_only:
            d["orn"] = v
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("universal_logout", UNSET)) is not UNSET and not omit_read_only:
            d["universalLogout"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("visibility", UNSET)) is not UNSET:
            d["visibility"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("signOnMode", UNSET)) is not UNSET:
            obj.sign_on_mode = _parse_sign_on_mode(v, False)
        if (v := d.pop("accessibility", UNSET)) is not UNSET:
            obj.accessibility = _parse_accessibility(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("expressConfiguration", UNSET)) is not UNSET:
            obj.express_configuration = _parse_express_configuration(v, False)
        if (v := d.pop("features", UNSET)) is not UNSET:
            obj.features = _parse_features(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("licensing", UNSET)) is not UNSET:
            obj.licensing = _parse_licensing(v, False)
        if (v := d.pop("orn", UNSET)) is not UNSET:
            obj.orn = v
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("universalLogout", UNSET)) is not UNSET:
            obj.universal_logout = _parse_universal_logout(v, False)
        if (v := d.pop("visibility", UNSET)) is not UNSET:
            obj.visibility = _parse_visibility(v, False)
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
