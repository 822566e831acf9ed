from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import email_settings_response as _email_settings_response

if TYPE_CHECKING:
    from typing import Self

    from .email_settings_response import EmailSettingsResponse


@_attrs_define(kw_only=True)
class EmailTemplateResponseEmbedded(OktaModel):
    """An Okta `EmailTemplateResponseEmbedded`.

    Attributes:
        settings: EmailSettingsResponse
        customization_count (`customizationCount`): int
    """

    _json_names: ClassVar[dict[str, str]] = {
        "settings": "settings",
        "customizationCount": "customization_count",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "settings": "model",
        "customization_count": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "settings": lambda d: (
            _email_settings_response.EmailSettingsResponse.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_settings_response.EmailSettingsResponse, v)
        ),
        "customization_count": "customizationCount",
        "additional_properties": lambda d: _convert.undeclared(d, EmailTemplateResponseEmbedded._json_names),
    }

    settings: EmailSettingsResponse | None | Unset = UNSET
    customization_count: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.customization_count is not UNSET:
            d["customizationCount"] = self.customization_count
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.settings = (
            _email_settings_response.EmailSettingsResponse.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_settings_response.EmailSettingsResponse, v)
        )
        obj.customization_count = d.pop("customizationCount", UNSET)
        obj.additional_properties = d
        return obj
