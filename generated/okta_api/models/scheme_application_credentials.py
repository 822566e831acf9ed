from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import application_credentials_signing as _application_credentials_signing
from . import application_credentials_username_template as _application_credentials_username_template
from . import password_credential as _password_credential
from .application_credentials import ApplicationCredentials
from .application_credentials_scheme import ApplicationCredentialsScheme

if TYPE_CHECKING:
    from typing import Self

    from .application_credentials_signing import ApplicationCredentialsSigning
    from .application_credentials_username_template import ApplicationCredentialsUsernameTemplate
    from .password_credential import PasswordCredential


@_attrs_define(kw_only=True)
class SchemeApplicationCredentials(ApplicationCredentials):
    """An Okta `SchemeApplicationCredentials`.

    Attributes:
        signing: App signing key properties
            > **Note:** Only apps with SAML_2_0, SAML_1_1, WS_FEDERATION, or OPENID_CONNECT
            `signOnMode` support the key rotation feature.
        user_name_template (`userNameTemplate`): The template used to generate the username when the app is assigned through a group or
            directly to a user
        password: Specifies a password for a user.

            When a user has a valid password, imported hashed password, or password hook, and a
            response object contains
            a password credential, then the password object is a bare object without the value
            property defined (for example, `password: {}`). This indicates that a password value
            exists. You can modify password policy requirements in the Admin Console by editing the
            Password authenticator:  **Security** > **Authenticators** > **Password** (or for Okta
            Classic orgs, use **Security** > **Authentication** > **Password**).

            For information on defaults and configuring your password policies, see [Configure the
            password
            authenticator](https://help.okta.com/okta_help.htm?type=oie&id=ext-configure-password) in
            the help documentation.
        reveal_password (`revealPassword`): Allow users to securely see their password
        scheme: Apps with `BASIC_AUTH`, `BROWSER_PLUGIN`, or `SECURE_PASSWORD_STORE` sign-on modes have
            credentials vaulted by Okta and can be configured with the following schemes.
        user_name (`userName`): Shared username for the app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "signing": "signing",
        "userNameTemplate": "user_name_template",
        "password": "password",
        "revealPassword": "reveal_password",
        "scheme": "scheme",
        "userName": "user_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "signing": "model",
        "user_name_template": "model",
        "password": "model",
        "reveal_password": "bool",
        "scheme": "enum",
        "user_name": "str",
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
        "password": lambda d: (
            _password_credential.PasswordCredential.from_json(v)
            if (v := d.get("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_credential.PasswordCredential, v)
        ),
        "reveal_password": "revealPassword",
        "scheme": lambda d: (
            _convert.parse_enum(ApplicationCredentialsScheme, v)
            if (v := d.get("scheme", UNSET)).__class__ is str
            else v
        ),
        "user_name": "userName",
        "additional_properties": lambda d: _convert.undeclared(d, SchemeApplicationCredentials._json_names),
    }

    signing: ApplicationCredentialsSigning | None | Unset = UNSET
    user_name_template: ApplicationCredentialsUsernameTemplate | None | Unset = UNSET
    password: PasswordCredential | None | Unset = UNSET
    reveal_password: bool | None | Unset = UNSET
    scheme: ApplicationCredentialsScheme | None | Unset = UNSET
    user_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.signing is not UNSET:
            d["signing"] = _convert.dump_model(self.signing, omit_read_only)
        if self.user_name_template is not UNSET:
            d["userNameTemplate"] = _convert.dump_model(self.user_name_template, omit_read_only)
        if self.password is not UNSET:
            d["password"] = _convert.dump_model(self.password, omit_read_only)
        if self.reveal_password is not UNSET:
            d["revealPassword"] = self.reveal_password
        if self.scheme is not UNSET:
            d["scheme"] = self.scheme
        if self.user_name is not UNSET:
            d["userName"] = self.user_name
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
        obj.password = (
            _password_credential.PasswordCredential.from_dict(v)
            if (v := d.pop("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_credential.PasswordCredential, v)
        )
        obj.reveal_password = d.pop("revealPassword", UNSET)
        obj.scheme = (
            _convert.parse_enum(ApplicationCredentialsScheme, v)
            if (v := d.pop("scheme", UNSET)).__class__ is str
            else v
        )
        obj.user_name = d.pop("userName", UNSET)
        obj.additional_properties = d
        return obj
