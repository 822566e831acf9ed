from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import apple_client_signing as _apple_client_signing
from . import o_auth_credentials_client as _o_auth_credentials_client

if TYPE_CHECKING:
    from typing import Self

    from .apple_client_signing import AppleClientSigning
    from .o_auth_credentials_client import OAuthCredentialsClient


@_attrs_define(kw_only=True)
class OAuthCredentials(OktaModel):
    """Client authentication credentials for an [OAuth 2.0 Authorization
    Server](https://tools.ietf.org/html/rfc6749#section-2.3)

    Attributes:
        client: OAuth 2.0 and OpenID Connect Client object
            > **Note:** You must complete client registration with the IdP Authorization Server for
            your Okta IdP instance to obtain client credentials.
        signing: Information used to generate the secret JSON Web Token for the token requests to Apple IdP
            > **Note:** The `privateKey` property is required for a CREATE request. For an UPDATE
            request, it can be null and keeps the existing value if it's null. The `privateKey`
            property isn't returned for LIST and GET requests or UPDATE requests if it's null.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client": "client",
        "signing": "signing",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client": "model",
        "signing": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client": lambda d: (
            _o_auth_credentials_client.OAuthCredentialsClient.from_json(v)
            if (v := d.get("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_credentials_client.OAuthCredentialsClient, v)
        ),
        "signing": lambda d: (
            _apple_client_signing.AppleClientSigning.from_json(v)
            if (v := d.get("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_apple_client_signing.AppleClientSigning, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuthCredentials._json_names),
    }

    client: OAuthCredentialsClient | None | Unset = UNSET
    signing: AppleClientSigning | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client is not UNSET:
            d["client"] = _convert.dump_model(self.client, omit_read_only)
        if self.signing is not UNSET:
            d["signing"] = _convert.dump_model(self.signing, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.client = (
            _o_auth_credentials_client.OAuthCredentialsClient.from_dict(v)
            if (v := d.pop("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_credentials_client.OAuthCredentialsClient, v)
        )
        obj.signing = (
            _apple_client_signing.AppleClientSigning.from_dict(v)
            if (v := d.pop("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_apple_client_signing.AppleClientSigning, v)
        )
        obj.additional_properties = d
        return obj
