from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import application_settings_notes as _application_settings_notes
from . import application_settings_notifications as _application_settings_notifications
from . import org_2_org_application_settings_app as _org_2_org_application_settings_app
from . import saml_application_settings_sign_on as _saml_application_settings_sign_on
from .saml_application_settings import SamlApplicationSettings

if TYPE_CHECKING:
    from typing import Self

    from .application_settings_notes import ApplicationSettingsNotes
    from .application_settings_notifications import ApplicationSettingsNotifications
    from .org_2_org_application_settings_app import Org2OrgApplicationSettingsApp
    from .saml_application_settings_sign_on import SamlApplicationSettingsSignOn


@_attrs_define(kw_only=True)
class Org2OrgApplicationSettings(SamlApplicationSettings):
    """An Okta `Org2OrgApplicationSettings`.

    Attributes:
        app: Org2OrgApplicationSettingsApp
        implicit_assignment (`implicitAssignment`): bool
        inline_hook_id (`inlineHookId`): str
        notes: ApplicationSettingsNotes
        notifications: ApplicationSettingsNotifications
        sign_on (`signOn`): SamlApplicationSettingsSignOn
    """

    _json_names: ClassVar[dict[str, str]] = {
        "app": "app",
        "implicitAssignment": "implicit_assignment",
        "inlineHookId": "inline_hook_id",
        "notes": "notes",
        "notifications": "notifications",
        "signOn": "sign_on",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app": "model",
        "implicit_assignment": "bool",
        "inline_hook_id": "str",
        "notes": "model",
        "notifications": "model",
        "sign_on": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app": lambda d: (
            _org_2_org_application_settings_app.Org2OrgApplicationSettingsApp.from_json(v)
            if (v := d.get("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_2_org_application_settings_app.Org2OrgApplicationSettingsApp, v)
        ),
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
            _saml_application_settings_sign_on.SamlApplicationSettingsSignOn.from_json(v)
            if (v := d.get("signOn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_application_settings_sign_on.SamlApplicationSettingsSignOn, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Org2OrgApplicationSettings._json_names),
    }

    app: Org2OrgApplicationSettingsApp | None | Unset = UNSET
    implicit_assignment: bool | None | Unset = UNSET
    inline_hook_id: str | None | Unset = UNSET
    notes: ApplicationSettingsNotes | None | Unset = UNSET
    notifications: ApplicationSettingsNotifications | None | Unset = UNSET
    sign_on: SamlApplicationSettingsSignOn | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app is not UNSET:
            d["app"] = _convert.dump_model(self.app, omit_read_only)
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
            _org_2_org_application_settings_app.Org2OrgApplicationSettingsApp.from_dict(v)
            if (v := d.pop("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_2_org_application_settings_app.Org2OrgApplicationSettingsApp, v)
        )
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
            _saml_application_settings_sign_on.SamlApplicationSettingsSignOn.from_dict(v)
            if (v := d.pop("signOn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_application_settings_sign_on.SamlApplicationSettingsSignOn, v)
        )
        obj.additional_properties = d
        return obj
