from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import email_settings_response as _email_settings_response

if TYPE_CHECKING:
    from typing import Self

    from .email_settings_response import EmailSettingsResponse


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _email_settings_response.EmailSettingsResponse.from_json(v)
            if lazy
            else _email_settings_response.EmailSettingsResponse.from_dict(v)
        )
    return _convert.parse_model(_email_settings_response.EmailSettingsResponse, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "settings": ("settings", _parse_settings),
        "customization_count": ("customizationCount", None),
    }

    settings: EmailSettingsResponse | None = _attrs_field(init=False)
    customization_count: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        settings: EmailSettingsResponse | None | Unset = UNSET,
        customization_count: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        if customization_count is not UNSET:
            _set_field(self, "customization_count", customization_count)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("customization_count", UNSET)) is not UNSET:
            d["customizationCount"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        if (v := d.pop("customizationCount", UNSET)) is not UNSET:
            obj.customization_count = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
