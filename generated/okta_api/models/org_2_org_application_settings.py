from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import application_settings_notes as _application_settings_notes
from . import application_settings_notifications as _application_settings_notifications
from . import oin_saml_20_application_settings_sign_on as _oin_saml_20_application_settings_sign_on
from . import org_2_org_application_settings_application as _org_2_org_application_settings_application
from .application_settings import ApplicationSettings
from .application_settings_em_opt_in_status import ApplicationSettingsEmOptInStatus

if TYPE_CHECKING:
    from typing import Self

    from .application_settings_notes import ApplicationSettingsNotes
    from .application_settings_notifications import ApplicationSettingsNotifications
    from .oin_saml_20_application_settings_sign_on import OINSaml20ApplicationSettingsSignOn
    from .org_2_org_application_settings_application import Org2OrgApplicationSettingsApplication


def _parse_app(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _org_2_org_application_settings_application.Org2OrgApplicationSettingsApplication.from_json(v)
            if lazy
            else _org_2_org_application_settings_application.Org2OrgApplicationSettingsApplication.from_dict(v)
        )
    return _convert.parse_model(_org_2_org_application_settings_application.Org2OrgApplicationSettingsApplication, v)


_parse_em_opt_in_status = _convert.enum_parser(ApplicationSettingsEmOptInStatus)


def _parse_notes(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_settings_notes.ApplicationSettingsNotes.from_json(v)
            if lazy
            else _application_settings_notes.ApplicationSettingsNotes.from_dict(v)
        )
    return _convert.parse_model(_application_settings_notes.ApplicationSettingsNotes, v)


def _parse_notifications(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_settings_notifications.ApplicationSettingsNotifications.from_json(v)
            if lazy
            else _application_settings_notifications.ApplicationSettingsNotifications.from_dict(v)
        )
    return _convert.parse_model(_application_settings_notifications.ApplicationSettingsNotifications, v)


def _parse_sign_on(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _oin_saml_20_application_settings_sign_on.OINSaml20ApplicationSettingsSignOn.from_json(v)
            if lazy
            else _oin_saml_20_application_settings_sign_on.OINSaml20ApplicationSettingsSignOn.from_dict(v)
        )
    return _convert.parse_model(_oin_saml_20_application_settings_sign_on.OINSaml20ApplicationSettingsSignOn, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class Org2OrgApplicationSettings(ApplicationSettings):
    """An Okta `Org2OrgApplicationSettings`.

    Attributes:
        app: Org2Org app instance properties
        em_opt_in_status (`emOptInStatus`, read-only, never sent): ApplicationSettingsEmOptInStatus
        identity_store_id (`identityStoreId`): Identifies an additional identity store app, if your app supports it. The
            `identityStoreId` value must be a valid identity store app ID. This identity store app
            must be created in the same org as your app.
        implicit_assignment (`implicitAssignment`): Controls whether Okta automatically assigns users to the app based on the user's role or
            group membership.
        inline_hook_id (`inlineHookId`): Identifier of an inline hook. Inline hooks are outbound calls from Okta to your own custom
            code, triggered at specific points in Okta process flows. They allow you to integrate
            custom functionality into those flows. See [Inline
            hooks](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/inlinehook/).
        notes: App notes visible to either the admin or end user
        notifications: Specifies notifications settings for the app
        sign_on (`signOn`): Contains SAML 2.0 sign-on mode attributes.
            > **Note:** Set `destinationOverride` to configure any other SAML 2.0 attributes in this
            section.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "app": "app",
        "emOptInStatus": "em_opt_in_status",
        "identityStoreId": "identity_store_id",
        "implicitAssignment": "implicit_assignment",
        "inlineHookId": "inline_hook_id",
        "notes": "notes",
        "notifications": "notifications",
        "signOn": "sign_on",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app": "model",
        "em_opt_in_status": "enum",
        "identity_store_id": "str",
        "implicit_assignment": "bool",
        "inline_hook_id": "str",
        "notes": "model",
        "notifications": "model",
        "sign_on": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app": ("app", _parse_app),
        "em_opt_in_status": ("emOptInStatus", _parse_em_opt_in_status),
        "identity_store_id": ("identityStoreId", None),
        "implicit_assignment": ("implicitAssignment", None),
        "inline_hook_id": ("inlineHookId", None),
        "notes": ("notes", _parse_notes),
        "notifications": ("notifications", _parse_notifications),
        "sign_on": ("signOn", _parse_sign_on),
    }

    app: Org2OrgApplicationSettingsApplication | None = _attrs_field(init=False)
    em_opt_in_status: ApplicationSettingsEmOptInStatus | None = _attrs_field(init=False)
    identity_store_id: str | None = _attrs_field(init=False)
    implicit_assignment: bool | None = _attrs_field(init=False)
    inline_hook_id: str | None = _attrs_field(init=False)
    notes: ApplicationSettingsNotes | None = _attrs_field(init=False)
    notifications: ApplicationSettingsNotifications | None = _attrs_field(init=False)
    sign_on: OINSaml20ApplicationSettingsSignOn | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app: Org2OrgApplicationSettingsApplication | None | Unset,
        em_opt_in_status: ApplicationSettingsEmOptInStatus | None | Unset = UNSET,
        identity_store_id: str | None | Unset = UNSET,
        implicit_assignment: bool | None | Unset = UNSET,
        inline_hook_id: str | None | Unset = UNSET,
        notes: ApplicationSettingsNotes | None | Unset = UNSET,
        notifications: ApplicationSettingsNotifications | None | Unset = UNSET,
        sign_on: OINSaml20ApplicationSettingsSignOn | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app is not UNSET:
            _set_field(self, "app", app)
        if em_opt_in_status is not UNSET:
            _set_field(self, "em_opt_in_status", em_opt_in_status)
        if identity_store_id is not UNSET:
            _set_field(self, "identity_store_id", identity_store_id)
        if implicit_assignment is not UNSET:
            _set_field(self, "implicit_assignment", implicit_assignment)
        if inline_hook_id is not UNSET:
            _set_field(self, "inline_hook_id", inline_hook_id)
        if notes is not UNSET:
            _set_field(self, "notes", notes)
        if notifications is not UNSET:
            _set_field(self, "notifications", notifications)
        if sign_on is not UNSET:
            _set_field(self, "sign_on", sign_on)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app", UNSET)) is not UNSET:
            d["app"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("em_opt_in_status", UNSET)) is not UNSET and not omit_read_only:
            d["emOptInStatus"] = v
        if (v := values.get("identity_store_id", UNSET)) is not UNSET:
            d["identityStoreId"] = v
        if (v := values.get("implicit_assignment", UNSET)) is not UNSET:
            d["implicitAssignment"] = v
        if (v := values.get("inline_hook_id", UNSET)) is not UNSET:
            d["inlineHookId"] = v
        if (v := values.get("notes", UNSET)) is not UNSET:
            d["notes"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("notifications", UNSET)) is not UNSET:
            d["notifications"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("sign_on", UNSET)) is not UNSET:
            d["signOn"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("app", UNSET)) is not UNSET:
            obj.app = _parse_app(v, False)
        if (v := d.pop("emOptInStatus", UNSET)) is not UNSET:
            obj.em_opt_in_status = _parse_em_opt_in_status(v, False)
        if (v := d.pop("identityStoreId", UNSET)) is not UNSET:
            obj.identity_store_id = v
        if (v := d.pop("implicitAssignment", UNSET)) is not UNSET:
            obj.implicit_assignment = v
        if (v := d.pop("inlineHookId", UNSET)) is not UNSET:
            obj.inline_hook_id = v
        if (v := d.pop("notes", UNSET)) is not UNSET:
            obj.notes = _parse_notes(v, False)
        if (v := d.pop("notifications", UNSET)) is not UNSET:
            obj.notifications = _parse_notifications(v, False)
        if (v := d.pop("signOn", UNSET)) is not UNSET:
            obj.sign_on = _parse_sign_on(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
