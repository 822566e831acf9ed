from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_algorithms as _saml_algorithms
from . import saml_credentials as _saml_credentials
from . import saml_endpoints as _saml_endpoints
from . import saml_relay_state as _saml_relay_state
from . import saml_settings as _saml_settings
from .protocol_saml_type import ProtocolSamlType

if TYPE_CHECKING:
    from typing import Self

    from .saml_algorithms import SamlAlgorithms
    from .saml_credentials import SamlCredentials
    from .saml_endpoints import SamlEndpoints
    from .saml_relay_state import SamlRelayState
    from .saml_settings import SamlSettings


@_attrs_define(kw_only=True)
class ProtocolSaml(OktaModel):
    """SAML 2.0 Protocol

    Protocol settings for the [SAML 2.0 Authentication Request
    Protocol](http://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf)

    Attributes:
        algorithms: Settings for signing and verifying SAML messages
        credentials: Federation Trust Credentials for verifying assertions from the IdP and signing requests to
            the IdP
        endpoints: SAML 2.0 HTTP binding settings for IdP and SP (Okta)
        relay_state (`relayState`): Relay state settings for IdP
        settings: Advanced settings for the SAML 2.0 protocol
        type_ (`type`): SAML 2.0 protocol
    """

    _json_names: ClassVar[dict[str, str]] = {
        "algorithms": "algorithms",
        "credentials": "credentials",
        "endpoints": "endpoints",
        "relayState": "relay_state",
        "settings": "settings",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "algorithms": "model",
        "credentials": "model",
        "endpoints": "model",
        "relay_state": "model",
        "settings": "model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "algorithms": lambda d: (
            _saml_algorithms.SamlAlgorithms.from_json(v)
            if (v := d.get("algorithms", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_algorithms.SamlAlgorithms, v)
        ),
        "credentials": lambda d: (
            _saml_credentials.SamlCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_credentials.SamlCredentials, v)
        ),
        "endpoints": lambda d: (
            _saml_endpoints.SamlEndpoints.from_json(v)
            if (v := d.get("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_endpoints.SamlEndpoints, v)
        ),
        "relay_state": lambda d: (
            _saml_relay_state.SamlRelayState.from_json(v)
            if (v := d.get("relayState", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_relay_state.SamlRelayState, v)
        ),
        "settings": lambda d: (
            _saml_settings.SamlSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_settings.SamlSettings, v)
        ),
        "type_": lambda d: (
            _convert.parse_enum(ProtocolSamlType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProtocolSaml._json_names),
    }

    algorithms: SamlAlgorithms | None | Unset = UNSET
    credentials: SamlCredentials | None | Unset = UNSET
    endpoints: SamlEndpoints | None | Unset = UNSET
    relay_state: SamlRelayState | None | Unset = UNSET
    settings: SamlSettings | None | Unset = UNSET
    type_: ProtocolSamlType | None | Unset = UNSET

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
        if self.relay_state is not UNSET:
            d["relayState"] = _convert.dump_model(self.relay_state, omit_read_only)
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
            _saml_algorithms.SamlAlgorithms.from_dict(v)
            if (v := d.pop("algorithms", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_algorithms.SamlAlgorithms, v)
        )
        obj.credentials = (
            _saml_credentials.SamlCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_credentials.SamlCredentials, v)
        )
        obj.endpoints = (
            _saml_endpoints.SamlEndpoints.from_dict(v)
            if (v := d.pop("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_endpoints.SamlEndpoints, v)
        )
        obj.relay_state = (
            _saml_relay_state.SamlRelayState.from_dict(v)
            if (v := d.pop("relayState", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_relay_state.SamlRelayState, v)
        )
        obj.settings = (
            _saml_settings.SamlSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_settings.SamlSettings, v)
        )
        obj.type_ = _convert.parse_enum(ProtocolSamlType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
