from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .o_auth_credentials_client_token_endpoint_auth_method import OAuthCredentialsClientTokenEndpointAuthMethod

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OAuthCredentialsClient(OktaModel):
    """OAuth 2.0 and OpenID Connect Client object
    > **Note:** You must complete client registration with the IdP Authorization Server for your Okta
    IdP instance to obtain client credentials.

    Attributes:
        client_id: The [Unique identifier](https://tools.ietf.org/html/rfc6749#section-2.2) issued by the AS
            for the Okta IdP instance
        client_secret: The [Client secret](https://tools.ietf.org/html/rfc6749#section-2.3.1) issued by the AS
            for the Okta IdP instance
        pkce_required: Require Proof Key for Code Exchange (PKCE) for additional verification
        token_endpoint_auth_method: Client authentication methods supported by the token endpoint
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_id": "client_id",
        "client_secret": "client_secret",
        "pkce_required": "pkce_required",
        "token_endpoint_auth_method": "token_endpoint_auth_method",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_id": "str",
        "client_secret": "str",
        "pkce_required": "bool",
        "token_endpoint_auth_method": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_id": "client_id",
        "client_secret": "client_secret",
        "pkce_required": "pkce_required",
        "token_endpoint_auth_method": lambda d: (
            _convert.parse_enum(OAuthCredentialsClientTokenEndpointAuthMethod, v)
            if (v := d.get("token_endpoint_auth_method", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuthCredentialsClient._json_names),
    }

    client_id: str | None | Unset = UNSET
    client_secret: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    pkce_required: bool | None | Unset = UNSET
    token_endpoint_auth_method: OAuthCredentialsClientTokenEndpointAuthMethod | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_id is not UNSET:
            d["client_id"] = self.client_id
        if self.client_secret is not UNSET:
            d["client_secret"] = self.client_secret
        if self.pkce_required is not UNSET:
            d["pkce_required"] = self.pkce_required
        if self.token_endpoint_auth_method is not UNSET:
            d["token_endpoint_auth_method"] = self.token_endpoint_auth_method
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.client_id = d.pop("client_id", UNSET)
        obj.client_secret = d.pop("client_secret", UNSET)
        obj.pkce_required = d.pop("pkce_required", UNSET)
        obj.token_endpoint_auth_method = (
            _convert.parse_enum(OAuthCredentialsClientTokenEndpointAuthMethod, v)
            if (v := d.pop("token_endpoint_auth_method", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
