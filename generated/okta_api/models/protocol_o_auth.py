from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_credentials as _o_auth_credentials
from . import o_auth_endpoints as _o_auth_endpoints
from .protocol_o_auth_type import ProtocolOAuthType

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_credentials import OAuthCredentials
    from .o_auth_endpoints import OAuthEndpoints


@_attrs_define(kw_only=True)
class ProtocolOAuth(OktaModel):
    """OAuth 2.0 Protocol

    Protocol settings for authentication using the [OAuth 2.0 Authorization Code
    flow](https://tools.ietf.org/html/rfc6749#section-4.1)

    Attributes:
        credentials: Client authentication credentials for an [OAuth 2.0 Authorization
            Server](https://tools.ietf.org/html/rfc6749#section-2.3)
        endpoints: The `OAUTH2` and `OIDC` protocols support the `authorization` and `token` endpoints. Also,
            the `OIDC` protocol supports the `userInfo` and `jwks` endpoints.

            The IdP Authorization Server (AS) endpoints are currently defined as part of the IdP
            provider) and are read-only.
        scopes: IdP-defined permission bundles to request delegated access from the user.
            > **Note:** The [identity provider
            type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=type&t=request)
            table lists the scopes that are supported for each IdP.
        type_ (`type`): OAuth 2.0 Authorization Code flow
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credentials": "credentials",
        "endpoints": "endpoints",
        "scopes": "scopes",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credentials": "model",
        "endpoints": "model",
        "scopes": "list:str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credentials": lambda d: (
            _o_auth_credentials.OAuthCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_credentials.OAuthCredentials, v)
        ),
        "endpoints": lambda d: (
            _o_auth_endpoints.OAuthEndpoints.from_json(v)
            if (v := d.get("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_endpoints.OAuthEndpoints, v)
        ),
        "scopes": "scopes",
        "type_": lambda d: (
            _convert.parse_enum(ProtocolOAuthType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProtocolOAuth._json_names),
    }

    credentials: OAuthCredentials | None | Unset = UNSET
    endpoints: OAuthEndpoints | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    type_: ProtocolOAuthType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.endpoints is not UNSET:
            d["endpoints"] = _convert.dump_model(self.endpoints, omit_read_only)
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
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
        obj.credentials = (
            _o_auth_credentials.OAuthCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_credentials.OAuthCredentials, v)
        )
        obj.endpoints = (
            _o_auth_endpoints.OAuthEndpoints.from_dict(v)
            if (v := d.pop("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_endpoints.OAuthEndpoints, v)
        )
        obj.scopes = d.pop("scopes", UNSET)
        obj.type_ = _convert.parse_enum(ProtocolOAuthType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
