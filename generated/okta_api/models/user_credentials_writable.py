from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import authentication_provider_writable as _authentication_provider_writable
from . import password_credential as _password_credential
from . import recovery_question_credential as _recovery_question_credential

if TYPE_CHECKING:
    from typing import Self

    from .authentication_provider_writable import AuthenticationProviderWritable
    from .password_credential import PasswordCredential
    from .recovery_question_credential import RecoveryQuestionCredential


def _parse_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_credential.PasswordCredential.from_json(v)
            if lazy
            else _password_credential.PasswordCredential.from_dict(v)
        )
    return _convert.parse_model(_password_credential.PasswordCredential, v)


def _parse_provider(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authentication_provider_writable.AuthenticationProviderWritable.from_json(v)
            if lazy
            else _authentication_provider_writable.AuthenticationProviderWritable.from_dict(v)
        )
    return _convert.parse_model(_authentication_provider_writable.AuthenticationProviderWritable, v)


def _parse_recovery_question(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _recovery_question_credential.RecoveryQuestionCredential.from_json(v)
            if lazy
            else _recovery_question_credential.RecoveryQuestionCredential.from_dict(v)
        )
    return _convert.parse_model(_recovery_question_credential.RecoveryQuestionCredential, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserCredentialsWritable(OktaModel):
    """Specifies primary authentication and recovery credentials for a user. Credential types and
    requirements vary depending on the provider and security policy of the org.

    Attributes:
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
        provider: Specifies the authentication provider that validates the user password credential. The
            user's current provider is managed by the **Delegated Authentication** settings in your
            org. See [Create user with authentication
            provider](https://developer.okta.com/docs/api/openapi/okta-management/management/user/create-user-with-password-and-recovery-question#user/Create-user-with-authentication-provider).
        recovery_question: Specifies a secret question and answer that's validated (case insensitive) when a user
            forgets their
            password or unlocks their account. The answer property is write-only.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "password": "password",
        "provider": "provider",
        "recovery_question": "recovery_question",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "password": "model",
        "provider": "model",
        "recovery_question": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "password": ("password", _parse_password),
        "provider": ("provider", _parse_provider),
        "recovery_question": ("recovery_question", _parse_recovery_question),
    }

    password: PasswordCredential | None = _attrs_field(init=False)
    provider: AuthenticationProviderWritable | None = _attrs_field(init=False)
    recovery_question: RecoveryQuestionCredential | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        password: PasswordCredential | None | Unset = UNSET,
        provider: AuthenticationProviderWritable | None | Unset = UNSET,
        recovery_question: RecoveryQuestionCredential | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if password is not UNSET:
            _set_field(self, "password", password)
        if provider is not UNSET:
            _set_field(self, "provider", provider)
        if recovery_question is not UNSET:
            _set_field(self, "recovery_question", recovery_question)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("password", UNSET)) is not UNSET:
            d["password"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("provider", UNSET)) is not UNSET:
            d["provider"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("recovery_question", UNSET)) is not UNSET:
            d["recovery_question"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("password", UNSET)) is not UNSET:
            obj.password = _parse_password(v, False)
        if (v := d.pop("provider", UNSET)) is not UNSET:
            obj.provider = _parse_provider(v, False)
        if (v := d.pop("recovery_question", UNSET)) is not UNSET:
            obj.recovery_question = _parse_recovery_question(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
