from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
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


def _parse_signing(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_credentials_signing.ApplicationCredentialsSigning.from_json(v)
            if lazy
            else _application_credentials_signing.ApplicationCredentialsSigning.from_dict(v)
        )
    return _convert.parse_model(_application_credentials_signing.ApplicationCredentialsSigning, v)


def _parse_user_name_template(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_credentials_username_template.ApplicationCredentialsUsernameTemplate.from_json(v)
            if lazy
            else _application_credentials_username_template.ApplicationCredentialsUsernameTemplate.from_dict(v)
        )
    return _convert.parse_model(_application_credentials_username_template.ApplicationCredentialsUsernameTemplate, v)


def _parse_oauth_client(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_credentials_o_auth_client.ApplicationCredentialsOAuthClient.from_json(v)
            if lazy
            else _application_credentials_o_auth_client.ApplicationCredentialsOAuthClient.from_dict(v)
        )
    return _convert.parse_model(_application_credentials_o_auth_client.ApplicationCredentialsOAuthClient, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "signing": ("signing", _parse_signing),
        "user_name_template": ("userNameTemplate", _parse_user_name_template),
        "oauth_client": ("oauthClient", _parse_oauth_client),
    }

    signing: ApplicationCredentialsSigning | None = _attrs_field(init=False)
    user_name_template: ApplicationCredentialsUsernameTemplate | None = _attrs_field(init=False)
    oauth_client: ApplicationCredentialsOAuthClient | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        signing: ApplicationCredentialsSigning | None | Unset = UNSET,
        user_name_template: ApplicationCredentialsUsernameTemplate | None | Unset = UNSET,
        oauth_client: ApplicationCredentialsOAuthClient | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if signing is not UNSET:
            _set_field(self, "signing", signing)
        if user_name_template is not UNSET:
            _set_field(self, "user_name_template", user_name_template)
        if oauth_client is not UNSET:
            _set_field(self, "oauth_client", oauth_client)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("signing", UNSET)) is not UNSET:
            d["signing"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_name_template", UNSET)) is not UNSET:
            d["userNameTemplate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("oauth_client", UNSET)) is not UNSET:
            d["oauthClient"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("signing", UNSET)) is not UNSET:
            obj.signing = _parse_signing(v, False)
        if (v := d.pop("userNameTemplate", UNSET)) is not UNSET:
            obj.user_name_template = _parse_user_name_template(v, False)
        if (v := d.pop("oauthClient", UNSET)) is not UNSET:
            obj.oauth_client = _parse_oauth_client(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
