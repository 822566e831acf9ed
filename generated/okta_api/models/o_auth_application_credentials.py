from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import application_credentials_o_auth_client as _application_credentials_o_auth_client
from . import application_credentials_signing as _application_credentials_signing
from . import application_credentials_username_template as _application_credentials_username_template
from .application_credentials import ApplicationCredentials

if TYPE_CHECKING:
    from typing import Self

    from .application_credentials_o_auth_client import ApplicationCredentialsOAuthClient
    from .application_credentials_signing import ApplicationCredentialsSigning
    from .application_credentials_username_template import ApplicationCredentialsUsernameTemplate


@_attrs_define(kw_only=True)
class OAuthApplicationCredentials(ApplicationCredentials):
    """An Okta `OAuthApplicationCredentials`.

    Attributes:
        signing: App signing key properties
            > **Note:** Only apps with SAML_2_0, SAML_1_1, WS_FEDERATION, or OPENID_CONNECT
            `signOnMode` support the key rotation feature.
        user_name_template (`userNameTemplate`): The template used to generate the username when the app is assigned through a group or
            directly to a user
        oauth_client (`oauthClient`): ApplicationCredentialsOAuthClient
    """

    _json_names: ClassVar[dict[str, str]] = {
        "signing": "signing",
        "userNameTemplate": "user_name_template",
        "oauthClient": "oauth_client",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "signing": "model",
        "user_name_template": "model",
        "oauth_client": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "signing": lambda d: (
            _application_credentials_signing.ApplicationCredentialsSigning.from_json(v)
            if (v := d.get("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_credentials_signing.ApplicationCredentialsSigning, v)
        ),
        "user_name_template": lambda d: (
            _application_credentials_username_template.ApplicationCredentialsUsernameTemplate.from_json(v)
            if (v := d.get("userNameTemplate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _application_credentials_username_template.ApplicationCredentialsUsernameTemplate, v
            )
        ),
        "oauth_client": lambda d: (
            _application_credentials_o_auth_client.ApplicationCredentialsOAuthClient.from_json(v)
            if (v := d.get("oauthClient", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_credentials_o_auth_client.ApplicationCredentialsOAuthClient, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuthApplicationCredentials._json_names),
    }

    signing: ApplicationCredentialsSigning | None | Unset = UNSET
    user_name_template: ApplicationCredentialsUsernameTemplate | None | Unset = UNSET
    oauth_client: ApplicationCredentialsOAuthClient | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.signing is not UNSET:
            d["signing"] = _convert.dump_model(self.signing, omit_read_only)
        if self.user_name_template is not UNSET:
            d["userNameTemplate"] = _convert.dump_model(self.user_name_template, omit_read_only)
        if self.oauth_client is not UNSET:
            d["oauthClient"] = _convert.dump_model(self.oauth_client, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.signing = (
            _application_credentials_signing.ApplicationCredentialsSigning.from_dict(v)
            if (v := d.pop("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_credentials_signing.ApplicationCredentialsSigning, v)
        )
        obj.user_name_template = (
            _application_credentials_username_template.ApplicationCredentialsUsernameTemplate.from_dict(v)
            if (v := d.pop("userNameTemplate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _application_credentials_username_template.ApplicationCredentialsUsernameTemplate, v
            )
        )
        obj.oauth_client = (
            _application_credentials_o_auth_client.ApplicationCredentialsOAuthClient.from_dict(v)
            if (v := d.pop("oauthClient", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_credentials_o_auth_client.ApplicationCredentialsOAuthClient, v)
        )
        obj.additional_properties = d
        return obj
