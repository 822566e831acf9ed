from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import application_visibility_app_links as _application_visibility_app_links
from . import application_visibility_hide as _application_visibility_hide

if TYPE_CHECKING:
    from typing import Self

    from .application_visibility_app_links import ApplicationVisibilityAppLinks
    from .application_visibility_hide import ApplicationVisibilityHide


@_attrs_define(kw_only=True)
class ApplicationVisibility(OktaModel):
    """Specifies visibility settings for the app

    Attributes:
        app_links (`appLinks`): Links or icons that appear on the End-User Dashboard if they're set to `true`.
        auto_launch (`autoLaunch`): Automatically signs in to the app when user signs into Okta
        auto_submit_toolbar (`autoSubmitToolbar`): Automatically sign in when user lands on the sign-in page
        hide: Hides the app for specific end-user apps
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appLinks": "app_links",
        "autoLaunch": "auto_launch",
        "autoSubmitToolbar": "auto_submit_toolbar",
        "hide": "hide",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_links": "model",
        "auto_launch": "bool",
        "auto_submit_toolbar": "bool",
        "hide": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_links": lambda d: (
            _application_visibility_app_links.ApplicationVisibilityAppLinks.from_json(v)
            if (v := d.get("appLinks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility_app_links.ApplicationVisibilityAppLinks, v)
        ),
        "auto_launch": "autoLaunch",
        "auto_submit_toolbar": "autoSubmitToolbar",
        "hide": lambda d: (
            _application_visibility_hide.ApplicationVisibilityHide.from_json(v)
            if (v := d.get("hide", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility_hide.ApplicationVisibilityHide, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationVisibility._json_names),
    }

    app_links: ApplicationVisibilityAppLinks | None | Unset = UNSET
    auto_launch: bool | None | Unset = UNSET
    auto_submit_toolbar: bool | None | Unset = UNSET
    hide: ApplicationVisibilityHide | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_links is not UNSET:
            d["appLinks"] = _convert.dump_model(self.app_links, omit_read_only)
        if self.auto_launch is not UNSET:
            d["autoLaunch"] = self.auto_launch
        if self.auto_submit_toolbar is not UNSET:
            d["autoSubmitToolbar"] = self.auto_submit_toolbar
        if self.hide is not UNSET:
            d["hide"] = _convert.dump_model(self.hide, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_links = (
            _application_visibility_app_links.ApplicationVisibilityAppLinks.from_dict(v)
            if (v := d.pop("appLinks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility_app_links.ApplicationVisibilityAppLinks, v)
        )
        obj.auto_launch = d.pop("autoLaunch", UNSET)
        obj.auto_submit_toolbar = d.pop("autoSubmitToolbar", UNSET)
        obj.hide = (
            _application_visibility_hide.ApplicationVisibilityHide.from_dict(v)
            if (v := d.pop("hide", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_visibility_hide.ApplicationVisibilityHide, v)
        )
        obj.additional_properties = d
        return obj
