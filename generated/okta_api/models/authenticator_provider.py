from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authenticator_provider_configuration as _authenticator_provider_configuration

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_provider_configuration import AuthenticatorProviderConfiguration


@_attrs_define(kw_only=True)
class AuthenticatorProvider(OktaModel):
    """An Okta `AuthenticatorProvider`.

    Attributes:
        configuration: AuthenticatorProviderConfiguration
        type_ (`type`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "configuration": "configuration",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "configuration": "model",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "configuration": lambda d: (
            _authenticator_provider_configuration.AuthenticatorProviderConfiguration.from_json(v)
            if (v := d.get("configuration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_provider_configuration.AuthenticatorProviderConfiguration, v)
        ),
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorProvider._json_names),
    }

    configuration: AuthenticatorProviderConfiguration | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.configuration is not UNSET:
            d["configuration"] = _convert.dump_model(self.configuration, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.configuration = (
            _authenticator_provider_configuration.AuthenticatorProviderConfiguration.from_dict(v)
            if (v := d.pop("configuration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authenticator_provider_configuration.AuthenticatorProviderConfiguration, v)
        )
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
