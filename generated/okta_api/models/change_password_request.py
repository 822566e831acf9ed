from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import password_credential as _password_credential

if TYPE_CHECKING:
    from typing import Self

    from .password_credential import PasswordCredential


def _parse_new_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_credential.PasswordCredential.from_json(v)
            if lazy
            else _password_credential.PasswordCredential.from_dict(v)
        )
    return _convert.parse_model(_password_credential.PasswordCredential, v)


def _parse_old_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_credential.PasswordCredential.from_json(v)
            if lazy
            else _password_credential.PasswordCredential.from_dict(v)
        )
    return _convert.parse_model(_password_credential.PasswordCredential, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "new_password": ("newPassword", _parse_new_password),
        "old_password": ("oldPassword", _parse_old_password),
        "revoke_sessions": ("revokeSessions", None),
    }

    new_password: PasswordCredential | None = _attrs_field(init=False)
    old_password: PasswordCredential | None = _attrs_field(init=False)
    revoke_sessions: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        new_password: PasswordCredential | None | Unset = UNSET,
        old_password: PasswordCredential | None | Unset = UNSET,
        revoke_sessions: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if new_password is not UNSET:
            _set_field(self, "new_password", new_password)
        if old_password is not UNSET:
            _set_field(self, "old_password", old_password)
        if revoke_sessions is not UNSET:
            _set_field(self, "revoke_sessions", revoke_sessions)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("new_password", UNSET)) is not UNSET:
            d["newPassword"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("old_password", UNSET)) is not UNSET:
            d["oldPassword"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("revoke_sessions", UNSET)) is not UNSET:
            d["revokeSessions"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("newPassword", UNSET)) is not UNSET:
            obj.new_password = _parse_new_password(v, False)
        if (v := d.pop("oldPassword", UNSET)) is not UNSET:
            obj.old_password = _parse_old_password(v, False)
        if (v := d.pop("revokeSessions", UNSET)) is not UNSET:
            obj.revoke_sessions = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
