from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import application_accessibility as _application_accessibility
from . import application_licensing as _application_licensing
from . import application_visibility as _application_visibility
from . import salesforce_application_settings as _salesforce_application_settings
from . import scheme_application_credentials as _scheme_application_credentials
from .application_lifecycle_status import ApplicationLifecycleStatus
from .oin_application import OINApplication
from .salesforce_application_sign_on_mode import SalesforceApplicationSignOnMode

if TYPE_CHECKING:
    from typing import Self

    from .application_accessibility import ApplicationAccessibility
    from .application_licensing import ApplicationLicensing
    from .application_visibility import ApplicationVisibility
    from .salesforce_application_settings import SalesforceApplicationSettings
    from .scheme_application_credentials import SchemeApplicationCredentials


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _salesforce_application_settings.SalesforceApplicationSettings.from_json(v)
            if lazy
            else _salesforce_application_settings.SalesforceApplicationSettings.from_dict(v)
        )
    return _convert.parse_model(_salesforce_application_settings.SalesforceApplicationSettings, v)


def _parse_accessibility(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_accessibility.ApplicationAccessibility.from_json(v)
            if lazy
            else _application_accessibility.ApplicationAccessibility.from_dict(v)
        )
    return _convert.parse_model(_application_accessibility.ApplicationAccessibility, v)


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _scheme_application_credentials.SchemeApplicationCredentials.from_json(v)
            if lazy
            else _scheme_application_credentials.SchemeApplicationCredentials.from_dict(v)
        )
    return _convert.parse_model(_scheme_application_credentials.SchemeApplicationCredentials, v)


def _parse_licensing(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_licensing.ApplicationLicensing.from_json(v)
            if lazy
            else _application_licensing.ApplicationLicensing.from_dict(v)
        )
    return _convert.parse_model(_application_licensing.ApplicationLicensing, v)


_parse_sign_on_mode = _convert.enum_parser(SalesforceApplicationSignOnMode)

_parse_status = _convert.enum_parser(ApplicationLifecycleStatus)


def _parse_visibility(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_visibility.ApplicationVisibility.from_json(v)
            if lazy
            else _application_visibility.ApplicationVisibility.from_dict(v)
        )
    return _convert.parse_model(_application_visibility.ApplicationVisibility, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SalesforceApplication(OINApplication):
    """Salesforce

    Schema for the Salesforce app (key name: `salesforce`)

    To create a Salesforce app, use the [Create an
    Application](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/application/other/createapplication)
    request with the following parameters in the request body.
    > **Note:** The Salesforce app only supports `BROWSER_PLUGIN`, `BOOKMARK`, and `SAML_2_0` sign-on
    modes.

    Attributes:
        label: User-defined display name for app
        name: str
        settings: SalesforceApplicationSettings
        accessibility: Specifies access settings for the app
        credentials: SchemeApplicationCredentials
        licensing: Licenses for the app
        profile: Contains any valid JSON schema for specifying properties that can be referenced from a
            request (only available to OAuth 2.0 client apps)
        sign_on_mode (`signOnMode`): SalesforceApplicationSignOnMode
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
        "label": ("label", None),
        "name": ("name", None),
        "settings": ("settings", _parse_settings),
        "accessibility": ("accessibility", _parse_accessibility),
        "credentials": ("credentials", _parse_credentials),
        "licensing": ("licensing", _parse_licensing),
        "profile": ("profile", None),
        "sign_on_mode": ("signOnMode", _parse_sign_on_mode),
        "status": ("status", _parse_status),
        "visibility": ("visibility", _parse_visibility),
    }

    label: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    settings: SalesforceApplicationSettings | None = _attrs_field(init=False)
    accessibility: ApplicationAccessibility | None = _attrs_field(init=False)
    credentials: SchemeApplicationCredentials | None = _attrs_field(init=False)
    licensing: ApplicationLicensing | None = _attrs_field(init=False)
    profile: dict[str, Any] | None = _attrs_field(init=False)
    sign_on_mode: SalesforceApplicationSignOnMode | None = _attrs_field(init=False)
    status: ApplicationLifecycleStatus | None = _attrs_field(init=False)
    visibility: ApplicationVisibility | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        label: str | None | Unset,
        settings: SalesforceApplicationSettings | None | Unset,
        name: str | None | Unset = "salesforce",
        accessibility: ApplicationAccessibility | None | Unset = UNSET,
        credentials: SchemeApplicationCredentials | None | Unset = UNSET,
        licensing: ApplicationLicensing | None | Unset = UNSET,
        profile: dict[str, Any] | None | Unset = UNSET,
        sign_on_mode: SalesforceApplicationSignOnMode | None | Unset = UNSET,
        status: ApplicationLifecycleStatus | None | Unset = UNSET,
        visibility: ApplicationVisibility | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if label is not UNSET:
            _set_field(self, "label", label)
        if name is not UNSET:
            _set_field(self, "name", name)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        if accessibility is not UNSET:
            _set_field(self, "accessibility", accessibility)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if licensing is not UNSET:
            _set_field(self, "licensing", licensing)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if sign_on_mode is not UNSET:
            _set_field(self, "sign_on_mode", sign_on_mode)
        if status is not UNSET:
            _set_field(self, "status", status)
        if visibility is not UNSET:
            _set_field(self, "visibility", visibility)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("accessibility", UNSET)) is not UNSET:
            d["accessibility"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("licensing", UNSET)) is not UNSET:
            d["licensing"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = v
        if (v := values.get("sign_on_mode", UNSET)) is not UNSET:
            d["signOnMode"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("visibility", UNSET)) is not UNSET:
            d["visibility"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        if (v := d.pop("accessibility", UNSET)) is not UNSET:
            obj.accessibility = _parse_accessibility(v, False)
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("licensing", UNSET)) is not UNSET:
            obj.licensing = _parse_licensing(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = v
        if (v := d.pop("signOnMode", UNSET)) is not UNSET:
            obj.sign_on_mode = _parse_sign_on_mode(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("visibility", UNSET)) is not UNSET:
            obj.visibility = _parse_visibility(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
