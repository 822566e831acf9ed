from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    per_client_rate_limit_settings_use_case_mode_overrides as _per_client_rate_limit_settings_use_case_mode_overrides,
)
from .per_client_rate_limit_mode import PerClientRateLimitMode

if TYPE_CHECKING:
    from typing import Self

    from .per_client_rate_limit_settings_use_case_mode_overrides import PerClientRateLimitSettingsUseCaseModeOverrides


@_attrs_define(kw_only=True)
class PerClientRateLimitSettings(OktaModel):
    """PerClientRateLimitSettings

    Attributes:
        default_mode (`defaultMode`): PerClientRateLimitMode
        use_case_mode_overrides (`useCaseModeOverrides`): A map of Per-Client Rate Limit Use Case to the applicable PerClientRateLimitMode.
            Overrides the `defaultMode` property for the specified use cases.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "defaultMode": "default_mode",
        "useCaseModeOverrides": "use_case_mode_overrides",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "default_mode": "enum",
        "use_case_mode_overrides": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "default_mode": lambda d: (
            _convert.parse_enum(PerClientRateLimitMode, v) if (v := d.get("defaultMode", UNSET)).__class__ is str else v
        ),
        "use_case_mode_overrides": lambda d: (
            _per_client_rate_limit_settings_use_case_mode_overrides.PerClientRateLimitSettingsUseCaseModeOverrides.from_json(
                v
            )
            if (v := d.get("useCaseModeOverrides", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _per_client_rate_limit_settings_use_case_mode_overrides.PerClientRateLimitSettingsUseCaseModeOverrides,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PerClientRateLimitSettings._json_names),
    }

    default_mode: PerClientRateLimitMode | None | Unset
    use_case_mode_overrides: PerClientRateLimitSettingsUseCaseModeOverrides | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.default_mode is not UNSET:
            d["defaultMode"] = self.default_mode
        if self.use_case_mode_overrides is not UNSET:
            d["useCaseModeOverrides"] = _convert.dump_model(self.use_case_mode_overrides, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.default_mode = (
            _convert.parse_enum(PerClientRateLimitMode, v) if (v := d.pop("defaultMode", UNSET)).__class__ is str else v
        )
        obj.use_case_mode_overrides = (
            _per_client_rate_limit_settings_use_case_mode_overrides.PerClientRateLimitSettingsUseCaseModeOverrides.from_dict(
                v
            )
            if (v := d.pop("useCaseModeOverrides", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _per_client_rate_limit_settings_use_case_mode_overrides.PerClientRateLimitSettingsUseCaseModeOverrides,
                v,
            )
        )
        obj.additional_properties = d
        return obj
