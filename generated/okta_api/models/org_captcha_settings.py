from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import org_captcha_settings_links as _org_captcha_settings_links
from .enabled_pages_type import EnabledPagesType

if TYPE_CHECKING:
    from typing import Self

    from .org_captcha_settings_links import OrgCAPTCHASettingsLinks


def _parse_enabled_pages(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(EnabledPagesType, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _org_captcha_settings_links.OrgCAPTCHASettingsLinks.from_json(v)
            if lazy
            else _org_captcha_settings_links.OrgCAPTCHASettingsLinks.from_dict(v)
        )
    return _convert.parse_model(_org_captcha_settings_links.OrgCAPTCHASettingsLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OrgCAPTCHASettings(OktaModel):
    """OrgCAPTCHASettings

    Attributes:
        captcha_id (`captchaId`): The unique key of the associated CAPTCHA instance
        enabled_pages (`enabledPages`): An array of pages that have CAPTCHA enabled
        field_links (`_links`, read-only, never sent): Link relations for the CAPTCHA settings object
    """

    _json_names: ClassVar[dict[str, str]] = {
        "captchaId": "captcha_id",
        "enabledPages": "enabled_pages",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "captcha_id": "str",
        "enabled_pages": "list:enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "captcha_id": ("captchaId", None),
        "enabled_pages": ("enabledPages", _parse_enabled_pages),
        "field_links": ("_links", _parse_field_links),
    }

    captcha_id: str | None = _attrs_field(init=False)
    enabled_pages: list[EnabledPagesType] | None = _attrs_field(init=False)
    field_links: OrgCAPTCHASettingsLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        captcha_id: str | None | Unset = UNSET,
        enabled_pages: list[EnabledPagesType] | None | Unset = UNSET,
        field_links: OrgCAPTCHASettingsLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if captcha_id is not UNSET:
            _set_field(self, "captcha_id", captcha_id)
        if enabled_pages is not UNSET:
            _set_field(self, "enabled_pages", enabled_pages)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("captcha_id", UNSET)) is not UNSET:
            d["captchaId"] = v
        if (v := values.get("enabled_pages", UNSET)) is not UNSET:
            d["enabledPages"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("captchaId", UNSET)) is not UNSET:
            obj.captcha_id = v
        if (v := d.pop("enabledPages", UNSET)) is not UNSET:
            obj.enabled_pages = _parse_enabled_pages(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
