from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    authenticator_key_tac_provider_configuration_complexity as _authenticator_key_tac_provider_configuration_complexity,
)

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_key_tac_provider_configuration_complexity import (
        AuthenticatorKeyTacProviderConfigurationComplexity,
    )


def _parse_complexity(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_key_tac_provider_configuration_complexity.AuthenticatorKeyTacProviderConfigurationComplexity.from_json(
                v
            )
            if lazy
            else _authenticator_key_tac_provider_configuration_complexity.AuthenticatorKeyTacProviderConfigurationComplexity.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _authenticator_key_tac_provider_configuration_complexity.AuthenticatorKeyTacProviderConfigurationComplexity, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorKeyTacProviderConfiguration(OktaModel):
    """Define the configuration settings of the TAC

    Attributes:
        min_ttl (`minTtl`): Minimum time-to-live (TTL) of the TAC in minutes. The `minTtl` indicates the minimum
            amount of time that a TAC is valid. The `minTtl` must be less than the `maxTtl`.
        max_ttl (`maxTtl`): Maximum TTL of the TAC in minutes. The `maxTtl` indicates the maximum amount of time that
            a TAC is valid. The `maxTtl` must be greater than the `minTtl`.
        default_ttl (`defaultTtl`): The default TTL in minutes when you create a TAC. The `defaultTtl` indicates the actual
            amount of time that a TAC is valid before it expires. The `defaultTtl` must be greater
            than the `minTtl` and less than the `maxTtl`.
        length: Defines the number of characters in a TAC. For example, a `length` of `16` means that the
            TAC is 16 characters.
        complexity: Define the complexity of the TAC
        multi_use_allowed (`multiUseAllowed`): Indicates whether a TAC can be used multiple times. If set to `true`, the TAC can be used
            multiple times until it expires.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "minTtl": "min_ttl",
        "maxTtl": "max_ttl",
        "defaultTtl": "default_ttl",
        "length": "length",
        "complexity": "complexity",
        "multiUseAllowed": "multi_use_allowed",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "min_ttl": "float",
        "max_ttl": "float",
        "default_ttl": "float",
        "length": "float",
        "complexity": "model",
        "multi_use_allowed": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "min_ttl": ("minTtl", None),
        "max_ttl": ("maxTtl", None),
        "default_ttl": ("defaultTtl", None),
        "length": ("length", None),
        "complexity": ("complexity", _parse_complexity),
        "multi_use_allowed": ("multiUseAllowed", None),
    }

    min_ttl: float | None = _attrs_field(init=False)
    max_ttl: float | None = _attrs_field(init=False)
    default_ttl: float | None = _attrs_field(init=False)
    length: float | None = _attrs_field(init=False)
    complexity: AuthenticatorKeyTacProviderConfigurationComplexity | None = _attrs_field(init=False)
    multi_use_allowed: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        min_ttl: float | None | Unset,
        max_ttl: float | None | Unset,
        default_ttl: float | None | Unset,
        length: float | None | Unset,
        complexity: AuthenticatorKeyTacProviderConfigurationComplexity | None | Unset,
        multi_use_allowed: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if min_ttl is not UNSET:
            _set_field(self, "min_ttl", min_ttl)
        if max_ttl is not UNSET:
            _set_field(self, "max_ttl", max_ttl)
        if default_ttl is not UNSET:
            _set_field(self, "default_ttl", default_ttl)
        if length is not UNSET:
            _set_field(self, "length", length)
        if complexity is not UNSET:
            _set_field(self, "complexity", complexity)
        if multi_use_allowed is not UNSET:
            _set_field(self, "multi_use_allowed", multi_use_allowed)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("min_ttl", UNSET)) is not UNSET:
            d["minTtl"] = v
        if (v := values.get("max_ttl", UNSET)) is not UNSET:
            d["maxTtl"] = v
        if (v := values.get("default_ttl", UNSET)) is not UNSET:
            d["defaultTtl"] = v
        if (v := values.get("length", UNSET)) is not UNSET:
            d["length"] = v
        if (v := values.get("complexity", UNSET)) is not UNSET:
            d["complexity"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("multi_use_allowed", UNSET)) is not UNSET:
            d["multiUseAllowed"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("minTtl", UNSET)) is not UNSET:
            obj.min_ttl = v
        if (v := d.pop("maxTtl", UNSET)) is not UNSET:
            obj.max_ttl = v
        if (v := d.pop("defaultTtl", UNSET)) is not UNSET:
            obj.default_ttl = v
        if (v := d.pop("length", UNSET)) is not UNSET:
            obj.length = v
        if (v := d.pop("complexity", UNSET)) is not UNSET:
            obj.complexity = _parse_complexity(v, False)
        if (v := d.pop("multiUseAllowed", UNSET)) is not UNSET:
            obj.multi_use_allowed = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
