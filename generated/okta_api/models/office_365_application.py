from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import application_accessibility as _application_accessibility
from . import application_licensing as _application_licensing
from . import application_visibility as _application_visibility
from . import office_365_application_settings as _office_365_application_settings
from . import scheme_application_credentials as _scheme_application_credentials
from .application_lifecycle_status import ApplicationLifecycleStatus
from .office_365_application_sign_on_mode import Office365ApplicationSignOnMode
from .oin_application import OINApplication

if TYPE_CHECKING:
    from typing import Self

    from .application_accessibility import ApplicationAccessibility
    from .application_licensing import ApplicationLicensing
    from .application_visibility import ApplicationVisibility
    from .office_365_application_settings import Office365ApplicationSettings
    from .scheme_application_credentials import SchemeApplicationCredentials


@_attrs_define(kw_only=True)
class Office365Application(OINApplication):
    """Microsoft Office 365

    Schema for the Microsoft Office 365 app (key name: `office365`)

    To create a Microsoft Office 365 app, use the [Create an
    Application](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/application/other/createapplication)
    request with the following parameters in the request body.
    > **Note:** The Office 365 app only supports `BROWSER_PLUGIN` and `SAML_1_1` sign-on modes.

    Attributes:
        label: User-defined display name for app
        name: str
        settings: Office365ApplicationSettings
        accessibility: Specifies access settings for the app
        credentials: SchemeApplicationCredentials
        licensing: Licenses for the app
        profile: Contains any valid JSON schema for specifying properties that can be referenced from a
            request (only available to OAuth 2.0 client apps)
        sign_on_mode (`signOnMode`): Office365ApplicationSignOnMode
        status (read-only, never sent): App instance status
        visibility: Specifies visibility settings for the app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "label": "label",
        "name": "name",
        "settings": "settings",
        "accessibility": "accessibility",
        "credentials": "credentials",
        "licensing": "licensing",
        "profile": "profile",
        "signOnMode": "sign_on_mode",
        "status": "status",
        "visibility": "visibility",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "label": "str",
        "name": "str",
        "settings": "model",
        "accessibility": "model",
        "credentials": "model",
        "licensing": "model",
        "profile": "dict",
        "sign_on_mode": "enum",
        "status": "enum",
        "visibility": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "label": "label",
        "name": "name",
        "settings": lambda d: (
            _office_365_application_settings.Office365ApplicationSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_office_365_application_settings.Office365ApplicationSettings, v)
        ),
        "accessibility": lambda d: (
            _application_accessibility.ApplicationAccessibility.from_json(v)
            if (v := d.get("accessibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_accessibility.ApplicationAccessibility, v)
        ),
        "credentials": lambda d: (
            _scheme_application_credentials.SchemeApplicationCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scheme_application_credentials.SchemeApplicationCredentials, v)
        ),
        "licensing": lambda d: (
            _application_licensing.ApplicationLicensing.from_json(v)
            if (v := d.get("licensing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_licensing.ApplicationLicensing, v)
        ),
        "profile": "profile",
        "sign_on_mode": lambda d: (
            _convert.parse_enum(Office365ApplicationSignOnMode, v)
            if (v := d.get("signOnMode", UNSET)).__class__ is str
            else v
        ),
        "status": lambda d: (
            _convert.parse_enum(ApplicationLifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "visibility": lambda d: (
            _application_visibility.ApplicationVisibility.from_json(v)
            if (v := d.get("visibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility.ApplicationVisibility, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Office365Application._json_names),
    }

    label: str | None | Unset
    settings: Office365ApplicationSettings | None | Unset
    name: str | None | Unset = "office365"
    accessibility: ApplicationAccessibility | None | Unset = UNSET
    credentials: SchemeApplicationCredentials | None | Unset = UNSET
    licensing: ApplicationLicensing | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET
    sign_on_mode: Office365ApplicationSignOnMode | None | Unset = UNSET
    status: ApplicationLifecycleStatus | None | Unset = UNSET
    visibility: ApplicationVisibility | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.label is not UNSET:
            d["label"] = self.label
        if self.name is not UNSET:
            d["name"] = self.name
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.accessibility is not UNSET:
            d["accessibility"] = _convert.dump_model(self.accessibility, omit_read_only)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.licensing is not UNSET:
            d["licensing"] = _convert.dump_model(self.licensing, omit_read_only)
        if self.profile is not UNSET:
            d["profile"] = self.profile
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
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.label = d.pop("label", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.settings = (
            _office_365_application_settings.Office365ApplicationSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_office_365_application_settings.Office365ApplicationSettings, v)
        )
        obj.accessibility = (
            _application_accessibility.ApplicationAccessibility.from_dict(v)
            if (v := d.pop("accessibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_accessibility.ApplicationAccessibility, v)
        )
        obj.credentials = (
            _scheme_application_credentials.SchemeApplicationCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scheme_application_credentials.SchemeApplicationCredentials, v)
        )
        obj.licensing = (
            _application_licensing.ApplicationLicensing.from_dict(v)
            if (v := d.pop("licensing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_licensing.ApplicationLicensing, v)
        )
        obj.profile = d.pop("profile", UNSET)
        obj.sign_on_mode = (
            _convert.parse_enum(Office365ApplicationSignOnMode, v)
            if (v := d.pop("signOnMode", UNSET)).__class__ is str
            else v
        )
        obj.status = (
            _convert.parse_enum(ApplicationLifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.visibility = (
            _application_visibility.ApplicationVisibility.from_dict(v)
            if (v := d.pop("visibility", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility.ApplicationVisibility, v)
        )
        obj.additional_properties = d
        return obj
