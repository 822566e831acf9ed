from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    authenticator_key_tac_provider_configuration_complexity as _authenticator_key_tac_provider_configuration_complexity,
)

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_key_tac_provider_configuration_complexity import (
        AuthenticatorKeyTacProviderConfigurationComplexity,
    )


@_attrs_define(kw_only=True)
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
        "min_ttl": "minTtl",
        "max_ttl": "maxTtl",
        "default_ttl": "defaultTtl",
        "length": "length",
        "complexity": lambda d: (
            _authenticator_key_tac_provider_configuration_complexity.AuthenticatorKeyTacProviderConfigurationComplexity.from_json(
                v
            )
            if (v := d.get("complexity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_key_tac_provider_configuration_complexity.AuthenticatorKeyTacProviderConfigurationComplexity,
                v,
            )
        ),
        "multi_use_allowed": "multiUseAllowed",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorKeyTacProviderConfiguration._json_names),
    }

    min_ttl: float | None | Unset
    max_ttl: float | None | Unset
    default_ttl: float | None | Unset
    length: float | None | Unset
    complexity: AuthenticatorKeyTacProviderConfigurationComplexity | None | Unset
    multi_use_allowed: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.min_ttl is not UNSET:
            d["minTtl"] = self.min_ttl
        if self.max_ttl is not UNSET:
            d["maxTtl"] = self.max_ttl
        if self.default_ttl is not UNSET:
            d["defaultTtl"] = self.default_ttl
        if self.length is not UNSET:
            d["length"] = self.length
        if self.complexity is not UNSET:
            d["complexity"] = _convert.dump_model(self.complexity, omit_read_only)
        if self.multi_use_allowed is not UNSET:
            d["multiUseAllowed"] = self.multi_use_allowed
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.min_ttl = d.pop("minTtl", UNSET)
        obj.max_ttl = d.pop("maxTtl", UNSET)
        obj.default_ttl = d.pop("defaultTtl", UNSET)
        obj.length = d.pop("length", UNSET)
        obj.complexity = (
            _authenticator_key_tac_provider_configuration_complexity.AuthenticatorKeyTacProviderConfigurationComplexity.from_dict(
                v
            )
            if (v := d.pop("complexity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_key_tac_provider_configuration_complexity.AuthenticatorKeyTacProviderConfigurationComplexity,
                v,
            )
        )
        obj.multi_use_allowed = d.pop("multiUseAllowed", UNSET)
        obj.additional_properties = d
        return obj
