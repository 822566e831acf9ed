from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_algorithms(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _saml_algorithms.SamlAlgorithms.from_json(v) if lazy else _saml_algorithms.SamlAlgorithms.from_dict(v)
    return _convert.parse_model(_saml_algorithms.SamlAlgorithms, v)


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_credentials.SamlCredentials.from_json(v) if lazy else _saml_credentials.SamlCredentials.from_dict(v)
        )
    return _convert.parse_model(_saml_credentials.SamlCredentials, v)


def _parse_endpoints(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _saml_endpoints.SamlEndpoints.from_json(v) if lazy else _saml_endpoints.SamlEndpoints.from_dict(v)
    return _convert.parse_model(_saml_endpoints.SamlEndpoints, v)


def _parse_relay_state(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _saml_relay_state.SamlRelayState.from_json(v) if lazy else _saml_relay_state.SamlRelayState.from_dict(v)
    return _convert.parse_model(_saml_relay_state.SamlRelayState, v)


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _saml_settings.SamlSettings.from_json(v) if lazy else _saml_settings.SamlSettings.from_dict(v)
    return _convert.parse_model(_saml_settings.SamlSettings, v)


_parse_type_ = _convert.enum_parser(ProtocolSamlType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "algorithms": ("algorithms", _parse_algorithms),
        "credentials": ("credentials", _parse_credentials),
        "endpoints": ("endpoints", _parse_endpoints),
        "relay_state": ("relayState", _parse_relay_state),
        "settings": ("settings", _parse_settings),
        "type_": ("type", _parse_type_),
    }

    algorithms: SamlAlgorithms | None = _attrs_field(init=False)
    credentials: SamlCredentials | None = _attrs_field(init=False)
    endpoints: SamlEndpoints | None = _attrs_field(init=False)
    relay_state: SamlRelayState | None = _attrs_field(init=False)
    settings: SamlSettings | None = _attrs_field(init=False)
    type_: ProtocolSamlType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        algorithms: SamlAlgorithms | None | Unset = UNSET,
        credentials: SamlCredentials | None | Unset = UNSET,
        endpoints: SamlEndpoints | None | Unset = UNSET,
        relay_state: SamlRelayState | None | Unset = UNSET,
        settings: SamlSettings | None | Unset = UNSET,
        type_: ProtocolSamlType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if algorithms is not UNSET:
            _set_field(self, "algorithms", algorithms)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if endpoints is not UNSET:
            _set_field(self, "endpoints", endpoints)
        if relay_state is not UNSET:
            _set_field(self, "relay_state", relay_state)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("algorithms", UNSET)) is not UNSET:
            d["algorithms"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("endpoints", UNSET)) is not UNSET:
            d["endpoints"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("relay_state", UNSET)) is not UNSET:
            d["relayState"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("algorithms", UNSET)) is not UNSET:
            obj.algorithms = _parse_algorithms(v, False)
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("endpoints", UNSET)) is not UNSET:
            obj.endpoints = _parse_endpoints(v, False)
        if (v := d.pop("relayState", UNSET)) is not UNSET:
            obj.relay_state = _parse_relay_state(v, False)
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
