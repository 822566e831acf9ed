from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import application_settings_notes as _application_settings_notes
from . import application_settings_notifications as _application_settings_notifications
from . import office_365_application_settings_application as _office_365_application_settings_application
from . import oin_saml_11_application_settings_sign_on as _oin_saml_11_application_settings_sign_on
from .application_settings import ApplicationSettings
from .application_settings_em_opt_in_status import ApplicationSettingsEmOptInStatus

if TYPE_CHECKING:
    from typing import Self

    from .application_settings_notes import ApplicationSettingsNotes
    from .application_settings_notifications import ApplicationSettingsNotifications
    from .office_365_application_settings_application import Office365ApplicationSettingsApplication
    from .oin_saml_11_application_settings_sign_on import OINSaml11ApplicationSettingsSignOn


@_attrs_define(kw_only=True)
class Office365ApplicationSettings(ApplicationSettings):
    """An Okta `Office365ApplicationSettings`.

    Attributes:
        app: Office365 app instance properties
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
        sign_on (`signOn`): Contains SAML 1.1 sign-on mode attributes
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
        "app": lambda d: (
            _office_365_application_settings_application.Office365ApplicationSettingsApplication.from_json(v)
            if (v := d.get("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _office_365_application_settings_application.Office365ApplicationSettingsApplication, v
            )
        ),
        "em_opt_in_status": lambda d: (
            _convert.parse_enum(ApplicationSettingsEmOptInStatus, v)
            if (v := d.get("emOptInStatus", UNSET)).__class__ is str
            else v
        ),
        "identity_store_id": "identityStoreId",
        "implicit_assignment": "implicitAssignment",
        "inline_hook_id": "inlineHookId",
        "notes": lambda d: (
            _application_settings_notes.ApplicationSettingsNotes.from_json(v)
            if (v := d.get("notes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_settings_notes.ApplicationSettingsNotes, v)
        ),
        "notifications": lambda d: (
            _application_settings_notifications.ApplicationSettingsNotifications.from_json(v)
            if (v := d.get("notifications", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_settings_notifications.ApplicationSettingsNotifications, v)
        ),
        "sign_on": lambda d: (
            _oin_saml_11_application_settings_sign_on.OINSaml11ApplicationSettingsSignOn.from_json(v)
            if (v := d.get("signOn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oin_saml_11_application_settings_sign_on.OINSaml11ApplicationSettingsSignOn, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Office365ApplicationSettings._json_names),
    }

    app: Office365ApplicationSettingsApplication | None | Unset
    em_opt_in_status: ApplicationSettingsEmOptInStatus | None | Unset = UNSET
    identity_store_id: str | None | Unset = UNSET
    implicit_assignment: bool | None | Unset = UNSET
    inline_hook_id: str | None | Unset = UNSET
    notes: ApplicationSettingsNotes | None | Unset = UNSET
    notifications: ApplicationSettingsNotifications | None | Unset = UNSET
    sign_on: OINSaml11ApplicationSettingsSignOn | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app is not UNSET:
            d["app"] = _convert.dump_model(self.app, omit_read_only)
        if self.em_opt_in_status is not UNSET and not omit_read_only:
            d["emOptInStatus"] = self.em_opt_in_status
        if self.identity_store_id is not UNSET:
            d["identityStoreId"] = self.identity_store_id
        if self.implicit_assignment is not UNSET:
            d["implicitAssignment"] = self.implicit_assignment
        if self.inline_hook_id is not UNSET:
            d["inlineHookId"] = self.inline_hook_id
        if self.notes is not UNSET:
            d["notes"] = _convert.dump_model(self.notes, omit_read_only)
        if self.notifications is not UNSET:
            d["notifications"] = _convert.dump_model(self.notifications, omit_read_only)
        if self.sign_on is not UNSET:
            d["signOn"] = _convert.dump_model(self.sign_on, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app = (
            _office_365_application_settings_application.Office365ApplicationSettingsApplication.from_dict(v)
            if (v := d.pop("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _office_365_application_settings_application.Office365ApplicationSettingsApplication, v
            )
        )
        obj.em_opt_in_status = (
            _convert.parse_enum(ApplicationSettingsEmOptInStatus, v)
            if (v := d.pop("emOptInStatus", UNSET)).__class__ is str
            else v
        )
        obj.identity_store_id = d.pop("identityStoreId", UNSET)
        obj.implicit_assignment = d.pop("implicitAssignment", UNSET)
        obj.inline_hook_id = d.pop("inlineHookId", UNSET)
        obj.notes = (
            _application_settings_notes.ApplicationSettingsNotes.from_dict(v)
            if (v := d.pop("notes", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_settings_notes.ApplicationSettingsNotes, v)
        )
        obj.notifications = (
            _application_settings_notifications.ApplicationSettingsNotifications.from_dict(v)
            if (v := d.pop("notifications", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_settings_notifications.ApplicationSettingsNotifications, v)
        )
        obj.sign_on = (
            _oin_saml_11_application_settings_sign_on.OINSaml11ApplicationSettingsSignOn.from_dict(v)
            if (v := d.pop("signOn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oin_saml_11_application_settings_sign_on.OINSaml11ApplicationSettingsSignOn, v)
        )
        obj.additional_properties = d
        return obj
