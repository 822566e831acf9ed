from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_issuer as _log_issuer
from .log_authentication_provider import LogAuthenticationProvider
from .log_credential_provider import LogCredentialProvider
from .log_credential_type import LogCredentialType

if TYPE_CHECKING:
    from typing import Self

    from .log_issuer import LogIssuer


@_attrs_define(kw_only=True)
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
        "authentication_provider": lambda d: (
            _convert.parse_enum(LogAuthenticationProvider, v)
            if (v := d.get("authenticationProvider", UNSET)).__class__ is str
            else v
        ),
        "authentication_step": "authenticationStep",
        "credential_provider": lambda d: (
            _convert.parse_enum(LogCredentialProvider, v)
            if (v := d.get("credentialProvider", UNSET)).__class__ is str
            else v
        ),
        "credential_type": lambda d: (
            _convert.parse_enum(LogCredentialType, v) if (v := d.get("credentialType", UNSET)).__class__ is str else v
        ),
        "external_session_id": "externalSessionId",
        "interface": "interface",
        "issuer": lambda d: (
            _log_issuer.LogIssuer.from_json(v)
            if (v := d.get("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_issuer.LogIssuer, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogAuthenticationContext._json_names),
    }

    authentication_provider: LogAuthenticationProvider | None | Unset = UNSET
    authentication_step: int | None | Unset = UNSET
    credential_provider: LogCredentialProvider | None | Unset = UNSET
    credential_type: LogCredentialType | None | Unset = UNSET
    external_session_id: str | None | Unset = UNSET
    interface: str | None | Unset = UNSET
    issuer: LogIssuer | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authentication_provider is not UNSET:
            d["authenticationProvider"] = self.authentication_provider
        if self.authentication_step is not UNSET and not omit_read_only:
            d["authenticationStep"] = self.authentication_step
        if self.credential_provider is not UNSET:
            d["credentialProvider"] = self.credential_provider
        if self.credential_type is not UNSET:
            d["credentialType"] = self.credential_type
        if self.external_session_id is not UNSET and not omit_read_only:
            d["externalSessionId"] = self.external_session_id
        if self.interface is not UNSET and not omit_read_only:
            d["interface"] = self.interface
        if self.issuer is not UNSET:
            d["issuer"] = _convert.dump_model(self.issuer, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authentication_provider = (
            _convert.parse_enum(LogAuthenticationProvider, v)
            if (v := d.pop("authenticationProvider", UNSET)).__class__ is str
            else v
        )
        obj.authentication_step = d.pop("authenticationStep", UNSET)
        obj.credential_provider = (
            _convert.parse_enum(LogCredentialProvider, v)
            if (v := d.pop("credentialProvider", UNSET)).__class__ is str
            else v
        )
        obj.credential_type = (
            _convert.parse_enum(LogCredentialType, v) if (v := d.pop("credentialType", UNSET)).__class__ is str else v
        )
        obj.external_session_id = d.pop("externalSessionId", UNSET)
        obj.interface = d.pop("interface", UNSET)
        obj.issuer = (
            _log_issuer.LogIssuer.from_dict(v)
            if (v := d.pop("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_issuer.LogIssuer, v)
        )
        obj.additional_properties = d
        return obj
