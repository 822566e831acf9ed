from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import auth_server_links as _auth_server_links
from . import authorization_server_credentials as _authorization_server_credentials
from . import resource_server_json_web_keys as _resource_server_json_web_keys
from .access_token_key_encryption_algorithm import AccessTokenKeyEncryptionAlgorithm
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .auth_server_links import AuthServerLinks
    from .authorization_server_credentials import AuthorizationServerCredentials
    from .resource_server_json_web_keys import ResourceServerJsonWebKeys


@_attrs_define(kw_only=True)
class AuthorizationServer(OktaModel):
    """An Okta `AuthorizationServer`.

    Attributes:
        access_token_encrypted_response_algorithm (`accessTokenEncryptedResponseAlgorithm`): The algorithm for encrypting access tokens issued by this authorization server. If this is
            requested, the response is signed, and then encrypted. The result is a nested JWT. The
            default, if omitted, is that no encryption is performed.
        audiences: The recipients that the tokens are intended for. This becomes the `aud` claim in an access
            token. Okta currently supports only one audience.
        created (read-only, never sent): datetime.datetime
        credentials: AuthorizationServerCredentials
        description: The description of the custom authorization server
        id (read-only, never sent): The ID of the custom authorization server
        issuer: The complete URL for the custom authorization server. This becomes the `iss` claim in an
            access token.
        issuer_mode (`issuerMode`): Indicates which value is specified in the issuer of the tokens that a custom authorization
            server returns: the Okta org domain URL or a custom domain URL.

            `issuerMode` is visible if you have a custom URL domain configured or the Dynamic Issuer
            Mode feature enabled. If you have a custom URL domain configured, you can set a custom
            domain URL in a custom authorization server, and this property is returned in the
            appropriate responses.

            When set to `ORG_URL`, then in responses, `issuer` is the Okta org domain URL:
            `https://${yourOktaDomain}`.

            When set to `CUSTOM_URL`, then in responses, `issuer` is the custom domain URL configured
            in the administration user interface.

            When set to `DYNAMIC`, then in responses, `issuer` is the custom domain URL if the OAuth
            2.0 request was sent to the custom domain, or is the Okta org's domain URL if the OAuth
            2.0 request was sent to the original Okta org domain.

            After you configure a custom URL domain, all new custom authorization servers use
            `CUSTOM_URL` by default. If the Dynamic Issuer Mode feature is enabled, then all new
            custom authorization servers use `DYNAMIC` by default. All existing custom authorization
            servers continue to use the original value until they're changed using the Admin Console
            or the API. This way, existing integrations with the client and resource server continue
            to work after the feature is enabled.
        jwks: A [JSON Web Key Set](https://tools.ietf.org/html/rfc7517#section-5) for encrypting JWTs
            minted by the custom authorization server
        jwks_uri: URL string that references a JSON Web Key Set for encrypting JWTs minted by the custom
            authorization server
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        name: The name of the custom authorization server
        status: LifecycleStatus
        field_links (`_links`): AuthServerLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accessTokenEncryptedResponseAlgorithm": "access_token_encrypted_response_algorithm",
        "audiences": "audiences",
        "created": "created",
        "credentials": "credentials",
        "description": "description",
        "id": "id",
        "issuer": "issuer",
        "issuerMode": "issuer_mode",
        "jwks": "jwks",
        "jwks_uri": "jwks_uri",
        "lastUpdated": "last_updated",
        "name": "name",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access_token_encrypted_response_algorithm": "enum",
        "audiences": "list:str",
        "created": "datetime",
        "credentials": "model",
        "description": "str",
        "id": "str",
        "issuer": "str",
        "issuer_mode": "str",
        "jwks": "model",
        "jwks_uri": "str",
        "last_updated": "datetime",
        "name": "str",
        "status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access_token_encrypted_response_algorithm": lambda d: (
            _convert.parse_enum(AccessTokenKeyEncryptionAlgorithm, v)
            if (v := d.get("accessTokenEncryptedResponseAlgorithm", UNSET)).__class__ is str
            else v
        ),
        "audiences": "audiences",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "credentials": lambda d: (
            _authorization_server_credentials.AuthorizationServerCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authorization_server_credentials.AuthorizationServerCredentials, v)
        ),
        "description": "description",
        "id": "id",
        "issuer": "issuer",
        "issuer_mode": "issuerMode",
        "jwks": lambda d: (
            _resource_server_json_web_keys.ResourceServerJsonWebKeys.from_json(v)
            if (v := d.get("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_server_json_web_keys.ResourceServerJsonWebKeys, v)
        ),
        "jwks_uri": "jwks_uri",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _auth_server_links.AuthServerLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_auth_server_links.AuthServerLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthorizationServer._json_names),
    }

    access_token_encrypted_response_algorithm: AccessTokenKeyEncryptionAlgorithm | None | Unset = UNSET
    audiences: list[str] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    credentials: AuthorizationServerCredentials | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    issuer_mode: str | None | Unset = UNSET
    jwks: ResourceServerJsonWebKeys | None | Unset = UNSET
    jwks_uri: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    field_links: AuthServerLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access_token_encrypted_response_algorithm is not UNSET:
            d["accessTokenEncryptedResponseAlgorithm"] = self.access_token_encrypted_response_algorithm
        if self.audiences is not UNSET:
            d["audiences"] = self.audiences
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.issuer_mode is not UNSET:
            d["issuerMode"] = self.issuer_mode
        if self.jwks is not UNSET:
            d["jwks"] = _convert.dump_model(self.jwks, omit_read_only)
        if self.jwks_uri is not UNSET:
            d["jwks_uri"] = self.jwks_uri
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.access_token_encrypted_response_algorithm = (
            _convert.parse_enum(AccessTokenKeyEncryptionAlgorithm, v)
            if (v := d.pop("accessTokenEncryptedResponseAlgorithm", UNSET)).__class__ is str
            else v
        )
        obj.audiences = d.pop("audiences", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.credentials = (
            _authorization_server_credentials.AuthorizationServerCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_authorization_server_credentials.AuthorizationServerCredentials, v)
        )
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.issuer_mode = d.pop("issuerMode", UNSET)
        obj.jwks = (
            _resource_server_json_web_keys.ResourceServerJsonWebKeys.from_dict(v)
            if (v := d.pop("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_server_json_web_keys.ResourceServerJsonWebKeys, v)
        )
        obj.jwks_uri = d.pop("jwks_uri", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_links = (
            _auth_server_links.AuthServerLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_auth_server_links.AuthServerLinks, v)
        )
        obj.additional_properties = d
        return obj
