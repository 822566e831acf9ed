from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import application_visibility_app_links as _application_visibility_app_links
from . import application_visibility_hide as _application_visibility_hide

if TYPE_CHECKING:
    from typing import Self

    from .application_visibility_app_links import ApplicationVisibilityAppLinks
    from .application_visibility_hide import ApplicationVisibilityHide


def _parse_app_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_visibility_app_links.ApplicationVisibilityAppLinks.from_json(v)
            if lazy
            else _application_visibility_app_links.ApplicationVisibilityAppLinks.from_dict(v)
        )
    return _convert.parse_model(_application_visibility_app_links.ApplicationVisibilityAppLinks, v)


def _parse_hide(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_visibility_hide.ApplicationVisibilityHide.from_json(v)
            if lazy
            else _application_visibility_hide.ApplicationVisibilityHide.from_dict(v)
        )
    return _convert.parse_model(_application_visibility_hide.ApplicationVisibilityHide, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "app_links": ("appLinks", _parse_app_links),
        "auto_launch": ("autoLaunch", None),
        "auto_submit_toolbar": ("autoSubmitToolbar", None),
        "hide": ("hide", _parse_hide),
    }

    app_links: ApplicationVisibilityAppLinks | None = _attrs_field(init=False)
    auto_launch: bool | None = _attrs_field(init=False)
    auto_submit_toolbar: bool | None = _attrs_field(init=False)
    hide: ApplicationVisibilityHide | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app_links: ApplicationVisibilityAppLinks | None | Unset = UNSET,
        auto_launch: bool | None | Unset = UNSET,
        auto_submit_toolbar: bool | None | Unset = UNSET,
        hide: ApplicationVisibilityHide | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app_links is not UNSET:
            _set_field(self, "app_links", app_links)
        if auto_launch is not UNSET:
            _set_field(self, "auto_launch", auto_launch)
        if auto_submit_toolbar is not UNSET:
            _set_field(self, "auto_submit_toolbar", auto_submit_toolbar)
        if hide is not UNSET:
            _set_field(self, "hide", hide)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app_links", UNSET)) is not UNSET:
            d["appLinks"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("auto_launch", UNSET)) is not UNSET:
            d["autoLaunch"] = v
        if (v := values.get("auto_submit_toolbar", UNSET)) is not UNSET:
            d["autoSubmitToolbar"] = v
        if (v := values.get("hide", UNSET)) is not UNSET:
            d["hide"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("appLinks", UNSET)) is not UNSET:
            obj.app_links = _parse_app_links(v, False)
        if (v := d.pop("autoLaunch", UNSET)) is not UNSET:
            obj.auto_launch = v
        if (v := d.pop("autoSubmitToolbar", UNSET)) is not UNSET:
            obj.auto_submit_toolbar = v
        if (v := d.pop("hide", UNSET)) is not UNSET:
            obj.hide = _parse_hide(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
