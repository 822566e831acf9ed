from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import log_issuer as _log_issuer
from .log_authentication_provider import LogAuthenticationProvider
from .log_credential_provider import LogCredentialProvider
from .log_credential_type import LogCredentialType

if TYPE_CHECKING:
    from typing import Self

    from .log_issuer import LogIssuer


_parse_authentication_provider = _convert.enum_parser(LogAuthenticationProvider)

_parse_credential_provider = _convert.enum_parser(LogCredentialProvider)

_parse_credential_type = _convert.enum_parser(LogCredentialType)


def _parse_issuer(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _log_issuer.LogIssuer.from_json(v) if lazy else _log_issuer.LogIssuer.from_dict(v)
    return _convert.parse_model(_log_issuer.LogIssuer, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogAuthenticationContext(OktaModel):
    """All authentication relies on validating one or more credentials that prove the authenticity of the
    actor's identity. Credentials are sometimes provided by the actor, as is the case with passwords,
    and at other times provided by a third party, and validated by the authentication provider.

    The authenticationContext contains metadata about how the actor is authenticated. For example, an
    authenticationContext for an event, where a user authenticates with Integrated Windows
    Authentication (IWA), looks like the following:
    ```
    {
        "authenticationProvider": "ACTIVE_DIRECTORY",
        "authenticationStep": 0,
        "credentialProvider": null,
        "credentialType": "IWA",
        "externalSessionId": "102N1EKyPFERROGvK9wizMAPQ",
        "interface": null,
        "issuer": null
    }
    ```
    In this case, the user enters an IWA credential to authenticate against an Active Directory
    instance. All of the user's future-generated events in this sign-in session are going to share the
    same `externalSessionId`.

    Among other operations, this response object can be used to scan for suspicious sign-in activity or
    perform analytics on user authentication habits (for example, how often authentication scheme X is
    used versus authentication scheme Y).

    Attributes:
        authentication_provider (`authenticationProvider`): The system that proves the identity of an actor using the credentials provided to it
        authentication_step (`authenticationStep`, read-only, never sent): The zero-based step number in the authentication pipeline. Currently unused and always set
            to `0`.
        credential_provider (`credentialProvider`): A credential provider is a software service that manages identities and their associated
            credentials. When authentication occurs through credentials provided by a credential
            provider, the credential provider is recorded here.
        credential_type (`credentialType`): The underlying technology/scheme used in the credential
        external_session_id (`externalSessionId`, read-only, never sent): A proxy for the actor's [session
            ID](https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html)
        interface (read-only, never sent): The third-party user interface that the actor authenticates through, if any.
        issuer: Describes the issuer of the authorization server when the authentication is performed
            through OAuth. This is the location where well-known resources regarding the details of
            the authorization servers are published.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticationProvider": "authentication_provider",
        "authenticationStep": "authentication_step",
        "credentialProvider": "credential_provider",
        "credentialType": "credential_type",
        "externalSessionId": "external_session_id",
        "interface": "interface",
        "issuer": "issuer",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authentication_provider": "enum",
        "authentication_step": "int",
        "credential_provider": "enum",
        "credential_type": "enum",
        "external_session_id": "str",
        "interface": "str",
        "issuer": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authentication_provider": ("authenticationProvider", _parse_authentication_provider),
        "authentication_step": ("authenticationStep", None),
        "credential_provider": ("credentialProvider", _parse_credential_provider),
        "credential_type": ("credentialType", _parse_credential_type),
        "external_session_id": ("externalSessionId", None),
        "interface": ("interface", None),
        "issuer": ("issuer", _parse_issuer),
    }

    authentication_provider: LogAuthenticationProvider | None = _attrs_field(init=False)
    authentication_step: int | None = _attrs_field(init=False)
    credential_provider: LogCredentialProvider | None = _attrs_field(init=False)
    credential_type: LogCredentialType | None = _attrs_field(init=False)
    external_session_id: str | None = _attrs_field(init=False)
    interface: str | None = _attrs_field(init=False)
    issuer: LogIssuer | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authentication_provider: LogAuthenticationProvider | None | Unset = UNSET,
        authentication_step: int | None | Unset = UNSET,
        credential_provider: LogCredentialProvider | None | Unset = UNSET,
        credential_type: LogCredentialType | None | Unset = UNSET,
        external_session_id: str | None | Unset = UNSET,
        interface: str | None | Unset = UNSET,
        issuer: LogIssuer | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authentication_provider is not UNSET:
            _set_field(self, "authentication_provider", authentication_provider)
        if authentication_step is not UNSET:
            _set_field(self, "authentication_step", authentication_step)
        if credential_provider is not UNSET:
            _set_field(self, "credential_provider", credential_provider)
        if credential_type is not UNSET:
            _set_field(self, "credential_type", credential_type)
        if external_session_id is not UNSET:
            _set_field(self, "external_session_id", external_session_id)
        if interface is not UNSET:
            _set_field(self, "interface", interface)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authentication_provider", UNSET)) is not UNSET:
            d["authenticationProvider"] = v
        if (v := values.get("authentication_step", UNSET)) is not UNSET and not omit_read_only:
            d["authenticationStep"] = v
        if (v := values.get("credential_provider", UNSET)) is not UNSET:
            d["credentialProvider"] = v
        if (v := values.get("credential_type", UNSET)) is not UNSET:
            d["credentialType"] = v
        if (v := values.get("external_session_id", UNSET)) is not UNSET and not omit_read_only:
            d["externalSessionId"] = v
        if (v := values.get("interface", UNSET)) is not UNSET and not omit_read_only:
            d["interface"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authenticationProvider", UNSET)) is not UNSET:
            obj.authentication_provider = _parse_authentication_provider(v, False)
        if (v := d.pop("authenticationStep", UNSET)) is not UNSET:
            obj.authentication_step = v
        if (v := d.pop("credentialProvider", UNSET)) is not UNSET:
            obj.credential_provider = _parse_credential_provider(v, False)
        if (v := d.pop("credentialType", UNSET)) is not UNSET:
            obj.credential_type = _parse_credential_type(v, False)
        if (v := d.pop("externalSessionId", UNSET)) is not UNSET:
            obj.external_session_id = v
        if (v := d.pop("interface", UNSET)) is not UNSET:
            obj.interface = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = _parse_issuer(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
