from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    per_client_rate_limit_settings_use_case_mode_overrides as _per_client_rate_limit_settings_use_case_mode_overrides,
)
from .per_client_rate_limit_mode import PerClientRateLimitMode

if TYPE_CHECKING:
    from typing import Self

    from .per_client_rate_limit_settings_use_case_mode_overrides import PerClientRateLimitSettingsUseCaseModeOverrides


_parse_default_mode = _convert.enum_parser(PerClientRateLimitMode)


def _parse_use_case_mode_overrides(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _per_client_rate_limit_settings_use_case_mode_overrides.PerClientRateLimitSettingsUseCaseModeOverrides.from_json(
                v
            )
            if lazy
            else _per_client_rate_limit_settings_use_case_mode_overrides.PerClientRateLimitSettingsUseCaseModeOverrides.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _per_client_rate_limit_settings_use_case_mode_overrides.PerClientRateLimitSettingsUseCaseModeOverrides, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "default_mode": ("defaultMode", _parse_default_mode),
        "use_case_mode_overrides": ("useCaseModeOverrides", _parse_use_case_mode_overrides),
    }

    default_mode: PerClientRateLimitMode | None = _attrs_field(init=False)
    use_case_mode_overrides: PerClientRateLimitSettingsUseCaseModeOverrides | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        default_mode: PerClientRateLimitMode | None | Unset,
        use_case_mode_overrides: PerClientRateLimitSettingsUseCaseModeOverrides | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if default_mode is not UNSET:
            _set_field(self, "default_mode", default_mode)
        if use_case_mode_overrides is not UNSET:
            _set_field(self, "use_case_mode_overrides", use_case_mode_overrides)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("default_mode", UNSET)) is not UNSET:
            d["defaultMode"] = v
        if (v := values.get("use_case_mode_overrides", UNSET)) is not UNSET:
            d["useCaseModeOverrides"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("defaultMode", UNSET)) is not UNSET:
            obj.default_mode = _parse_default_mode(v, False)
        if (v := d.pop("useCaseModeOverrides", UNSET)) is not UNSET:
            obj.use_case_mode_overrides = _parse_use_case_mode_overrides(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
