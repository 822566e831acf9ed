from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_credential as _password_credential

if TYPE_CHECKING:
    from typing import Self

    from .password_credential import PasswordCredential


@_attrs_define(kw_only=True)
class ChangePasswordRequest(OktaModel):
    """An Okta `ChangePasswordRequest`.

    Attributes:
        new_password (`newPassword`): Specifies a password for a user.

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
        old_password (`oldPassword`): Specifies a password for a user.

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
        revoke_sessions (`revokeSessions`): When set to `true`, revokes all user sessions, except for the current session
    """

    _json_names: ClassVar[dict[str, str]] = {
        "newPassword": "new_password",
        "oldPassword": "old_password",
        "revokeSessions": "revoke_sessions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "new_password": "model",
        "old_password": "model",
        "revoke_sessions": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "new_password": lambda d: (
            _password_credential.PasswordCredential.from_json(v)
            if (v := d.get("newPassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_credential.PasswordCredential, v)
        ),
        "old_password": lambda d: (
            _password_credential.PasswordCredential.from_json(v)
            if (v := d.get("oldPassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_credential.PasswordCredential, v)
        ),
        "revoke_sessions": "revokeSessions",
        "additional_properties": lambda d: _convert.undeclared(d, ChangePasswordRequest._json_names),
    }

    new_password: PasswordCredential | None | Unset = UNSET
    old_password: PasswordCredential | None | Unset = UNSET
    revoke_sessions: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.new_password is not UNSET:
            d["newPassword"] = _convert.dump_model(self.new_password, omit_read_only)
        if self.old_password is not UNSET:
            d["oldPassword"] = _convert.dump_model(self.old_password, omit_read_only)
        if self.revoke_sessions is not UNSET:
            d["revokeSessions"] = self.revoke_sessions
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.new_password = (
            _password_credential.PasswordCredential.from_dict(v)
            if (v := d.pop("newPassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_credential.PasswordCredential, v)
        )
        obj.old_password = (
            _password_credential.PasswordCredential.from_dict(v)
            if (v := d.pop("oldPassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_credential.PasswordCredential, v)
        )
        obj.revoke_sessions = d.pop("revokeSessions", UNSET)
        obj.additional_properties = d
        return obj
