from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import identity_provider_credentials as _identity_provider_credentials
from . import protocol_algorithms as _protocol_algorithms
from . import protocol_endpoint as _protocol_endpoint
from . import protocol_endpoints as _protocol_endpoints
from . import protocol_relay_state as _protocol_relay_state
from . import protocol_settings as _protocol_settings
from .protocol_type import ProtocolType

if TYPE_CHECKING:
    from typing import Self

    from .identity_provider_credentials import IdentityProviderCredentials
    from .protocol_algorithms import ProtocolAlgorithms
    from .protocol_endpoint import ProtocolEndpoint
    from .protocol_endpoints import ProtocolEndpoints
    from .protocol_relay_state import ProtocolRelayState
    from .protocol_settings import ProtocolSettings


@_attrs_define(kw_only=True)
class Protocol(OktaModel):
    """An Okta `Protocol`.

    Attributes:
        algorithms: ProtocolAlgorithms
        credentials: IdentityProviderCredentials
        endpoints: ProtocolEndpoints
        issuer: ProtocolEndpoint
        relay_state (`relayState`): ProtocolRelayState
        scopes: list[str]
        settings: ProtocolSettings
        type_ (`type`): ProtocolType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "algorithms": "algorithms",
        "credentials": "credentials",
        "endpoints": "endpoints",
        "issuer": "issuer",
        "relayState": "relay_state",
        "scopes": "scopes",
        "settings": "settings",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "algorithms": "model",
        "credentials": "model",
        "endpoints": "model",
        "issuer": "model",
        "relay_state": "model",
        "scopes": "list:str",
        "settings": "model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "algorithms": lambda d: (
            _protocol_algorithms.ProtocolAlgorithms.from_json(v)
            if (v := d.get("algorithms", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_algorithms.ProtocolAlgorithms, v)
        ),
        "credentials": lambda d: (
            _identity_provider_credentials.IdentityProviderCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_credentials.IdentityProviderCredentials, v)
        ),
        "endpoints": lambda d: (
            _protocol_endpoints.ProtocolEndpoints.from_json(v)
            if (v := d.get("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoints.ProtocolEndpoints, v)
        ),
        "issuer": lambda d: (
            _protocol_endpoint.ProtocolEndpoint.from_json(v)
            if (v := d.get("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        ),
        "relay_state": lambda d: (
            _protocol_relay_state.ProtocolRelayState.from_json(v)
            if (v := d.get("relayState", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_relay_state.ProtocolRelayState, v)
        ),
        "scopes": "scopes",
        "settings": lambda d: (
            _protocol_settings.ProtocolSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_settings.ProtocolSettings, v)
        ),
        "type_": lambda d: _convert.parse_enum(ProtocolType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "additional_properties": lambda d: _convert.undeclared(d, Protocol._json_names),
    }

    algorithms: ProtocolAlgorithms | None | Unset = UNSET
    credentials: IdentityProviderCredentials | None | Unset = UNSET
    endpoints: ProtocolEndpoints | None | Unset = UNSET
    issuer: ProtocolEndpoint | None | Unset = UNSET
    relay_state: ProtocolRelayState | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    settings: ProtocolSettings | None | Unset = UNSET
    type_: ProtocolType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.algorithms is not UNSET:
            d["algorithms"] = _convert.dump_model(self.algorithms, omit_read_only)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.endpoints is not UNSET:
            d["endpoints"] = _convert.dump_model(self.endpoints, omit_read_only)
        if self.issuer is not UNSET:
            d["issuer"] = _convert.dump_model(self.issuer, omit_read_only)
        if self.relay_state is not UNSET:
            d["relayState"] = _convert.dump_model(self.relay_state, omit_read_only)
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
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
        obj.algorithms = (
            _protocol_algorithms.ProtocolAlgorithms.from_dict(v)
            if (v := d.pop("algorithms", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_algorithms.ProtocolAlgorithms, v)
        )
        obj.credentials = (
            _identity_provider_credentials.IdentityProviderCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_credentials.IdentityProviderCredentials, v)
        )
        obj.endpoints = (
            _protocol_endpoints.ProtocolEndpoints.from_dict(v)
            if (v := d.pop("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoints.ProtocolEndpoints, v)
        )
        obj.issuer = (
            _protocol_endpoint.ProtocolEndpoint.from_dict(v)
            if (v := d.pop("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        )
        obj.relay_state = (
            _protocol_relay_state.ProtocolRelayState.from_dict(v)
            if (v := d.pop("relayState", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_relay_state.ProtocolRelayState, v)
        )
        obj.scopes = d.pop("scopes", UNSET)
        obj.settings = (
            _protocol_settings.ProtocolSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_settings.ProtocolSettings, v)
        )
        obj.type_ = _convert.parse_enum(ProtocolType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
