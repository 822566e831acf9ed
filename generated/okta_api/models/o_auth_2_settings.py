from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_2_settings_public_key as _o_auth_2_settings_public_key

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_settings_public_key import OAuth2SettingsPublicKey


@_attrs_define(kw_only=True)
class OAuth2Settings(OktaModel):
    """OAuth 2.0 configuration used for authType `OAUTH2`

    Attributes:
        authorize_endpoint (`authorizeEndpoint`): The URL to the authorization server's authorization endpoint
        client_id (`clientId`): The OAuth 2.0 client identifier
        client_secret (`clientSecret`): The OAuth 2.0 client secret
        token_endpoint (`tokenEndpoint`): The URL to the authorization server's token endpoint
        public_key (`publicKey`, read-only, never sent): The public key in JWK format. Returned when the OAuth authentication method is
            `PRIVATE_KEY_JWT`.
        scopes: List of OAuth 2.0 scopes
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authorizeEndpoint": "authorize_endpoint",
        "clientId": "client_id",
        "clientSecret": "client_secret",
        "tokenEndpoint": "token_endpoint",
        "publicKey": "public_key",
        "scopes": "scopes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authorize_endpoint": "str",
        "client_id": "str",
        "client_secret": "str",
        "token_endpoint": "str",
        "public_key": "model",
        "scopes": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authorize_endpoint": "authorizeEndpoint",
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "token_endpoint": "tokenEndpoint",
        "public_key": lambda d: (
            _o_auth_2_settings_public_key.OAuth2SettingsPublicKey.from_json(v)
            if (v := d.get("publicKey", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_settings_public_key.OAuth2SettingsPublicKey, v)
        ),
        "scopes": "scopes",
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2Settings._json_names),
    }

    authorize_endpoint: str | None | Unset
    client_id: str | None | Unset
    client_secret: str | None | Unset
    token_endpoint: str | None | Unset
    public_key: OAuth2SettingsPublicKey | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authorize_endpoint is not UNSET:
            d["authorizeEndpoint"] = self.authorize_endpoint
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
        if self.client_secret is not UNSET:
            d["clientSecret"] = self.client_secret
        if self.token_endpoint is not UNSET:
            d["tokenEndpoint"] = self.token_endpoint
        if self.public_key is not UNSET and not omit_read_only:
            d["publicKey"] = _convert.dump_model(self.public_key, omit_read_only)
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authorize_endpoint = d.pop("authorizeEndpoint", UNSET)
        obj.client_id = d.pop("clientId", UNSET)
        obj.client_secret = d.pop("clientSecret", UNSET)
        obj.token_endpoint = d.pop("tokenEndpoint", UNSET)
        obj.public_key = (
            _o_auth_2_settings_public_key.OAuth2SettingsPublicKey.from_dict(v)
            if (v := d.pop("publicKey", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_settings_public_key.OAuth2SettingsPublicKey, v)
        )
        obj.scopes = d.pop("scopes", UNSET)
        obj.additional_properties = d
        return obj
