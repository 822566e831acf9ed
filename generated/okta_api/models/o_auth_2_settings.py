from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import o_auth_2_settings_public_key as _o_auth_2_settings_public_key

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_settings_public_key import OAuth2SettingsPublicKey


def _parse_public_key(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_settings_public_key.OAuth2SettingsPublicKey.from_json(v)
            if lazy
            else _o_auth_2_settings_public_key.OAuth2SettingsPublicKey.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_settings_public_key.OAuth2SettingsPublicKey, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "authorize_endpoint": ("authorizeEndpoint", None),
        "client_id": ("clientId", None),
        "client_secret": ("clientSecret", None),
        "token_endpoint": ("tokenEndpoint", None),
        "public_key": ("publicKey", _parse_public_key),
        "scopes": ("scopes", None),
    }

    authorize_endpoint: str | None = _attrs_field(init=False)
    client_id: str | None = _attrs_field(init=False)
    client_secret: str | None = _attrs_field(init=False)
    token_endpoint: str | None = _attrs_field(init=False)
    public_key: OAuth2SettingsPublicKey | None = _attrs_field(init=False)
    scopes: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authorize_endpoint: str | None | Unset,
        client_id: str | None | Unset,
        client_secret: str | None | Unset,
        token_endpoint: str | None | Unset,
        public_key: OAuth2SettingsPublicKey | None | Unset = UNSET,
        scopes: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authorize_endpoint is not UNSET:
            _set_field(self, "authorize_endpoint", authorize_endpoint)
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if client_secret is not UNSET:
            _set_field(self, "client_secret", client_secret)
        if token_endpoint is not UNSET:
            _set_field(self, "token_endpoint", token_endpoint)
        if public_key is not UNSET:
            _set_field(self, "public_key", public_key)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authorize_endpoint", UNSET)) is not UNSET:
            d["authorizeEndpoint"] = v
        if (v := values.get("client_id", UNSET)) is not UNSET:
            d["clientId"] = v
        if (v := values.get("client_secret", UNSET)) is not UNSET:
            d["clientSecret"] = v
        if (v := values.get("token_endpoint", UNSET)) is not UNSET:
            d["tokenEndpoint"] = v
        if (v := values.get("public_key", UNSET)) is not UNSET and not omit_read_only:
            d["publicKey"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authorizeEndpoint", UNSET)) is not UNSET:
            obj.authorize_endpoint = v
        if (v := d.pop("clientId", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("clientSecret", UNSET)) is not UNSET:
            obj.client_secret = v
        if (v := d.pop("tokenEndpoint", UNSET)) is not UNSET:
            obj.token_endpoint = v
        if (v := d.pop("publicKey", UNSET)) is not UNSET:
            obj.public_key = _parse_public_key(v, False)
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
