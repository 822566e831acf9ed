from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import application_accessibility as _application_accessibility
from . import application_credentials as _application_credentials
from . import application_licensing as _application_licensing
from . import application_settings as _application_settings
from . import application_visibility as _application_visibility
from .application_sign_on_mode import ApplicationSignOnMode
from .application_status import ApplicationStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .application_accessibility import ApplicationAccessibility
    from .application_credentials import ApplicationCredentials
    from .application_licensing import ApplicationLicensing
    from .application_settings import ApplicationSettings
    from .application_visibility import ApplicationVisibility


@_attrs_define(kw_only=True)
class Application(OktaModel):
    """An Okta `Application`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        accessibility: ApplicationAccessibility
        created (read-only, never sent): datetime.datetime
        credentials: ApplicationCredentials
        features: list[str]
        id (read-only, never sent): str
        label: str
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        licensing: ApplicationLicensing
        name (read-only, never sent): str
        profile: dict[str, Any]
        settings: ApplicationSettings
        sign_on_mode (`signOnMode`): ApplicationSignOnMode
        status (read-only, never sent): ApplicationStatus
        visibility: ApplicationVisibility
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "accessibility": "accessibility",
        "created": "created",
        "credentials": "credentials",
        "features": "features",
        "id": "id",
        "label": "label",
        "lastUpdated": "last_updated",
        "licensing": "licensing",
        "name": "name",
        "profile": "profile",
        "settings": "settings",
        "signOnMode": "sign_on_mode",
        "status": "status",
        "visibility": "visibility",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "accessibility": "model",
        "created": "datetime",
        "credentials": "model",
        "features": "list:str",
        "id": "str",
        "label": "str",
        "last_updated": "datetime",
        "licensing": "model",
        "name": "str",
        "profile": "dict",
        "settings": "model",
        "sign_on_mode": "enum",
        "status": "enum",
        "visibility": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "accessibility": lambda d: (
            _application_accessibility.ApplicationAccessibility.from_json(v)
            if (v := d.get("accessibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_accessibility.ApplicationAccessibility, v)
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "credentials": lambda d: (
            _application_credentials.ApplicationCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_credentials.ApplicationCredentials, v)
        ),
        "features": "features",
        "id": "id",
        "label": "label",
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
        "name": "name",
        "profile": "profile",
        "settings": lambda d: (
            _application_settings.ApplicationSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_settings.ApplicationSettings, v)
        ),
        "sign_on_mode": lambda d: (
            _convert.parse_enum(ApplicationSignOnMode, v) if (v := d.get("signOnMode", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(ApplicationStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "visibility": lambda d: (
            _application_visibility.ApplicationVisibility.from_json(v)
            if (v := d.get("visibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility.ApplicationVisibility, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Application._json_names),
    }
    _discriminator: ClassVar[str] = "signOnMode"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "AUTO_LOGIN": ("auto_login_application", "AutoLoginApplication"),
        "BASIC_AUTH": ("basic_auth_application", "BasicAuthApplication"),
        "BOOKMARK": ("bookmark_application", "BookmarkApplication"),
        "BROWSER_PLUGIN": ("browser_plugin_application", "BrowserPluginApplication"),
        "OPENID_CONNECT": ("open_id_connect_application", "OpenIdConnectApplication"),
        "SAML_1_1": ("saml_application", "SamlApplication"),
        "SAML_2_0": ("saml_application", "SamlApplication"),
        "SECURE_PASSWORD_STORE": ("secure_password_store_application", "SecurePasswordStoreApplication"),
        "WS_FEDERATION": ("ws_federation_application", "WsFederationApplication"),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    accessibility: ApplicationAccessibility | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    credentials: ApplicationCredentials | None | Unset = UNSET
    features: list[str] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    licensing: ApplicationLicensing | None | Unset = UNSET
    name: str | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET
    settings: ApplicationSettings | None | Unset = UNSET
    sign_on_mode: ApplicationSignOnMode | None | Unset = UNSET
    status: ApplicationStatus | None | Unset = UNSET
    visibility: ApplicationVisibility | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.accessibility is not UNSET:
            d["accessibility"] = _convert.dump_model(self.accessibility, omit_read_only)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.features is not UNSET:
            d["features"] = self.features
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.label is not UNSET:
            d["label"] = self.label
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.licensing is not UNSET:
            d["licensing"] = _convert.dump_model(self.licensing, omit_read_only)
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
        if self.profile is not UNSET:
            d["profile"] = self.profile
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.sign_on_mode is not UNSET:
            d["signOnMode"] = self.sign_on_mode
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.visibility is not UNSET:
            d["visibility"] = _convert.dump_model(self.visibility, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is Application:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.accessibility = (
            _application_accessibility.ApplicationAccessibility.from_dict(v)
            if (v := d.pop("accessibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_accessibility.ApplicationAccessibility, v)
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.credentials = (
            _application_credentials.ApplicationCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_credentials.ApplicationCredentials, v)
        )
        obj.features = d.pop("features", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.licensing = (
            _application_licensing.ApplicationLicensing.from_dict(v)
            if (v := d.pop("licensing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_licensing.ApplicationLicensing, v)
        )
        obj.name = d.pop("name", UNSET)
        obj.profile = d.pop("profile", UNSET)
        obj.settings = (
            _application_settings.ApplicationSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_settings.ApplicationSettings, v)
        )
        obj.sign_on_mode = (
            _convert.parse_enum(ApplicationSignOnMode, v) if (v := d.pop("signOnMode", UNSET)).__class__ is str else v
        )
        obj.status = _convert.parse_enum(ApplicationStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.visibility = (
            _application_visibility.ApplicationVisibility.from_dict(v)
            if (v := d.pop("visibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility.ApplicationVisibility, v)
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is Application and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
