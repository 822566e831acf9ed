from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
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


def _parse_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_credential.PasswordCredential.from_json(v)
            if lazy
            else _password_credential.PasswordCredential.from_dict(v)
        )
    return _convert.parse_model(_password_credential.PasswordCredential, v)


_parse_scheme = _convert.enum_parser(ApplicationCredentialsScheme)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "signing": ("signing", _parse_signing),
        "user_name_template": ("userNameTemplate", _parse_user_name_template),
        "password": ("password", _parse_password),
        "reveal_password": ("revealPassword", None),
        "scheme": ("scheme", _parse_scheme),
        "user_name": ("userName", None),
    }

    signing: ApplicationCredentialsSigning | None = _attrs_field(init=False)
    user_name_template: ApplicationCredentialsUsernameTemplate | None = _attrs_field(init=False)
    password: PasswordCredential | None = _attrs_field(init=False)
    reveal_password: bool | None = _attrs_field(init=False)
    scheme: ApplicationCredentialsScheme | None = _attrs_field(init=False)
    user_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        signing: ApplicationCredentialsSigning | None | Unset = UNSET,
        user_name_template: ApplicationCredentialsUsernameTemplate | None | Unset = UNSET,
        password: PasswordCredential | None | Unset = UNSET,
        reveal_password: bool | None | Unset = UNSET,
        scheme: ApplicationCredentialsScheme | None | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if signing is not UNSET:
            _set_field(self, "signing", signing)
        if user_name_template is not UNSET:
            _set_field(self, "user_name_template", user_name_template)
        if password is not UNSET:
            _set_field(self, "password", password)
        if reveal_password is not UNSET:
            _set_field(self, "reveal_password", reveal_password)
        if scheme is not UNSET:
            _set_field(self, "scheme", scheme)
        if user_name is not UNSET:
            _set_field(self, "user_name", user_name)
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
        if (v := values.get("password", UNSET)) is not UNSET:
            d["password"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("reveal_password", UNSET)) is not UNSET:
            d["revealPassword"] = v
        if (v := values.get("scheme", UNSET)) is not UNSET:
            d["scheme"] = v
        if (v := values.get("user_name", UNSET)) is not UNSET:
            d["userName"] = v
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
        if (v := d.pop("password", UNSET)) is not UNSET:
            obj.password = _parse_password(v, False)
        if (v := d.pop("revealPassword", UNSET)) is not UNSET:
            obj.reveal_password = v
        if (v := d.pop("scheme", UNSET)) is not UNSET:
            obj.scheme = _parse_scheme(v, False)
        if (v := d.pop("userName", UNSET)) is not UNSET:
            obj.user_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
