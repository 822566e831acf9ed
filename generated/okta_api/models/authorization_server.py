from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_access_token_encrypted_response_algorithm = _convert.enum_parser(AccessTokenKeyEncryptionAlgorithm)


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authorization_server_credentials.AuthorizationServerCredentials.from_json(v)
            if lazy
            else _authorization_server_credentials.AuthorizationServerCredentials.from_dict(v)
        )
    return _convert.parse_model(_authorization_server_credentials.AuthorizationServerCredentials, v)


def _parse_jwks(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _resource_server_json_web_keys.ResourceServerJsonWebKeys.from_json(v)
            if lazy
            else _resource_server_json_web_keys.ResourceServerJsonWebKeys.from_dict(v)
        )
    return _convert.parse_model(_resource_server_json_web_keys.ResourceServerJsonWebKeys, v)


_parse_status = _convert.enum_parser(LifecycleStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _auth_server_links.AuthServerLinks.from_json(v) if lazy else _auth_server_links.AuthServerLinks.from_dict(v)
        )
    return _convert.parse_model(_auth_server_links.AuthServerLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "access_token_encrypted_response_algorithm": (
            "accessTokenEncryptedResponseAlgorithm",
            _parse_access_token_encrypted_response_algorithm,
        ),
        "audiences": ("audiences", None),
        "created": ("created", _convert.parse_datetime),
        "credentials": ("credentials", _parse_credentials),
        "description": ("description", None),
        "id": ("id", None),
        "issuer": ("issuer", None),
        "issuer_mode": ("issuerMode", None),
        "jwks": ("jwks", _parse_jwks),
        "jwks_uri": ("jwks_uri", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
    }

    access_token_encrypted_response_algorithm: AccessTokenKeyEncryptionAlgorithm | None = _attrs_field(init=False)
    audiences: list[str] | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    credentials: AuthorizationServerCredentials | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    issuer: str | None = _attrs_field(init=False)
    issuer_mode: str | None = _attrs_field(init=False)
    jwks: ResourceServerJsonWebKeys | None = _attrs_field(init=False)
    jwks_uri: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    field_links: AuthServerLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        access_token_encrypted_response_algorithm: AccessTokenKeyEncryptionAlgorithm | None | Unset = UNSET,
        audiences: list[str] | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        credentials: AuthorizationServerCredentials | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        issuer_mode: str | None | Unset = UNSET,
        jwks: ResourceServerJsonWebKeys | None | Unset = UNSET,
        jwks_uri: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        field_links: AuthServerLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if access_token_encrypted_response_algorithm is not UNSET:
            _set_field(self, "access_token_encrypted_response_algorithm", access_token_encrypted_response_algorithm)
        if audiences is not UNSET:
            _set_field(self, "audiences", audiences)
        if created is not UNSET:
            _set_field(self, "created", created)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if issuer_mode is not UNSET:
            _set_field(self, "issuer_mode", issuer_mode)
        if jwks is not UNSET:
            _set_field(self, "jwks", jwks)
        if jwks_uri is not UNSET:
            _set_field(self, "jwks_uri", jwks_uri)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("access_token_encrypted_response_algorithm", UNSET)) is not UNSET:
            d["accessTokenEncryptedResponseAlgorithm"] = v
        if (v := values.get("audiences", UNSET)) is not UNSET:
            d["audiences"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = v
        if (v := values.get("issuer_mode", UNSET)) is not UNSET:
            d["issuerMode"] = v
        if (v := values.get("jwks", UNSET)) is not UNSET:
            d["jwks"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("jwks_uri", UNSET)) is not UNSET:
            d["jwks_uri"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("accessTokenEncryptedResponseAlgorithm", UNSET)) is not UNSET:
            obj.access_token_encrypted_response_algorithm = _parse_access_token_encrypted_response_algorithm(v, False)
        if (v := d.pop("audiences", UNSET)) is not UNSET:
            obj.audiences = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("issuerMode", UNSET)) is not UNSET:
            obj.issuer_mode = v
        if (v := d.pop("jwks", UNSET)) is not UNSET:
            obj.jwks = _parse_jwks(v, False)
        if (v := d.pop("jwks_uri", UNSET)) is not UNSET:
            obj.jwks_uri = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
