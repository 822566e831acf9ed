from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import inline_hook_channel_config_headers as _inline_hook_channel_config_headers
from .inline_hook_o_auth_basic_config import InlineHookOAuthBasicConfig

if TYPE_CHECKING:
    from typing import Self

    from .inline_hook_channel_config_headers import InlineHookChannelConfigHeaders


@_attrs_define(kw_only=True)
class InlineHookOAuthPrivateKeyJwtConfig(InlineHookOAuthBasicConfig):
    """An Okta `InlineHookOAuthPrivateKeyJwtConfig`.

    Attributes:
        headers: An optional list of key/value pairs for headers that you can send with the request to the
            external service
        method: The method of the Okta inline hook request. Only accepts `POST`.
        uri: The external service endpoint that executes the inline hook handler. It must begin with
            `https://` and be reachable by Okta. No white space is allowed in the URI.
        auth_type (`authType`): str
        client_id (`clientId`): A publicly exposed string provided by the service that's used to identify the OAuth app
            and build authorization URLs
        scope: Include the scopes that allow you to perform the actions on the hook endpoint that you
            want to access
        token_url (`tokenUrl`): The URI where inline hooks can exchange an authorization code for access and refresh
            tokens
        auth_scheme (`authScheme`): Not applicable. Must be `null`.
        hook_key_id (`hookKeyId`): An ID value of the hook key pair generated from the [Hook Keys
            API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/HookKey/#tag/HookKey)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "headers": "headers",
        "method": "method",
        "uri": "uri",
        "authType": "auth_type",
        "clientId": "client_id",
        "scope": "scope",
        "tokenUrl": "token_url",
        "authScheme": "auth_scheme",
        "hookKeyId": "hook_key_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "headers": "list:model",
        "method": "str",
        "uri": "str",
        "auth_type": "str",
        "client_id": "str",
        "scope": "str",
        "token_url": "str",
        "auth_scheme": "str",
        "hook_key_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "headers": lambda d: _convert.parse_model_list(
            _inline_hook_channel_config_headers.InlineHookChannelConfigHeaders.from_json, d.get("headers", UNSET)
        ),
        "method": "method",
        "uri": "uri",
        "auth_type": "authType",
        "client_id": "clientId",
        "scope": "scope",
        "token_url": "tokenUrl",
        "auth_scheme": "authScheme",
        "hook_key_id": "hookKeyId",
        "additional_properties": lambda d: _convert.undeclared(d, InlineHookOAuthPrivateKeyJwtConfig._json_names),
    }

    headers: list[InlineHookChannelConfigHeaders] | None | Unset = UNSET
    method: str | None | Unset = UNSET
    uri: str | None | Unset = UNSET
    auth_type: str | None | Unset = UNSET
    client_id: str | None | Unset = UNSET
    scope: str | None | Unset = UNSET
    token_url: str | None | Unset = UNSET
    auth_scheme: str | None | Unset = UNSET
    hook_key_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.headers is not UNSET:
            d["headers"] = _convert.dump_model_list(self.headers, omit_read_only)
        if self.method is not UNSET:
            d["method"] = self.method
        if self.uri is not UNSET:
            d["uri"] = self.uri
        if self.auth_type is not UNSET:
            d["authType"] = self.auth_type
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
        if self.scope is not UNSET:
            d["scope"] = self.scope
        if self.token_url is not UNSET:
            d["tokenUrl"] = self.token_url
        if self.auth_scheme is not UNSET:
            d["authScheme"] = self.auth_scheme
        if self.hook_key_id is not UNSET:
            d["hookKeyId"] = self.hook_key_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.headers = _convert.parse_model_list(
            _inline_hook_channel_config_headers.InlineHookChannelConfigHeaders.from_dict, d.pop("headers", UNSET)
        )
        obj.method = d.pop("method", UNSET)
        obj.uri = d.pop("uri", UNSET)
        obj.auth_type = d.pop("authType", UNSET)
        obj.client_id = d.pop("clientId", UNSET)
        obj.scope = d.pop("scope", UNSET)
        obj.token_url = d.pop("tokenUrl", UNSET)
        obj.auth_scheme = d.pop("authScheme", UNSET)
        obj.hook_key_id = d.pop("hookKeyId", UNSET)
        obj.additional_properties = d
        return obj
