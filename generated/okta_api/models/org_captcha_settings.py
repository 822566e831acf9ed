from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import org_captcha_settings_links as _org_captcha_settings_links
from .enabled_pages_type import EnabledPagesType

if TYPE_CHECKING:
    from typing import Self

    from .org_captcha_settings_links import OrgCAPTCHASettingsLinks


@_attrs_define(kw_only=True)
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
        "captcha_id": "captchaId",
        "enabled_pages": lambda d: _convert.parse_enum_list(EnabledPagesType, d.get("enabledPages", UNSET)),
        "field_links": lambda d: (
            _org_captcha_settings_links.OrgCAPTCHASettingsLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_captcha_settings_links.OrgCAPTCHASettingsLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgCAPTCHASettings._json_names),
    }

    captcha_id: str | None | Unset = UNSET
    enabled_pages: list[EnabledPagesType] | None | Unset = UNSET
    field_links: OrgCAPTCHASettingsLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.captcha_id is not UNSET:
            d["captchaId"] = self.captcha_id
        if self.enabled_pages is not UNSET:
            d["enabledPages"] = self.enabled_pages
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.captcha_id = d.pop("captchaId", UNSET)
        obj.enabled_pages = _convert.parse_enum_list(EnabledPagesType, d.pop("enabledPages", UNSET))
        obj.field_links = (
            _org_captcha_settings_links.OrgCAPTCHASettingsLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_captcha_settings_links.OrgCAPTCHASettingsLinks, v)
        )
        obj.additional_properties = d
        return obj
