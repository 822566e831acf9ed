from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import password_credential_hash as _password_credential_hash
from . import password_credential_hook as _password_credential_hook

if TYPE_CHECKING:
    from typing import Self

    from .password_credential_hash import PasswordCredentialHash
    from .password_credential_hook import PasswordCredentialHook


def _parse_hash_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_credential_hash.PasswordCredentialHash.from_json(v)
            if lazy
            else _password_credential_hash.PasswordCredentialHash.from_dict(v)
        )
    return _convert.parse_model(_password_credential_hash.PasswordCredentialHash, v)


def _parse_hook(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_credential_hook.PasswordCredentialHook.from_json(v)
            if lazy
            else _password_credential_hook.PasswordCredentialHook.from_dict(v)
        )
    return _convert.parse_model(_password_credential_hook.PasswordCredentialHook, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PasswordCredential(OktaModel):
    """Specifies a password for a user.

    When a user has a valid password, imported hashed password, or password hook, and a response object
    contains
    a password credential, then the password object is a bare object without the value property defined
    (for example, `password: {}`). This indicates that a password value exists. You can modify password
    policy requirements in the Admin Console by editing the Password authenticator:  **Security** >
    **Authenticators** > **Password** (or for Okta Classic orgs, use **Security** > **Authentication** >
    **Password**).

    For information on defaults and configuring your password policies, see [Configure the password
    authenticator](https://help.okta.com/okta_help.htm?type=oie&id=ext-configure-password) in the help
    documentation.

    Attributes:
        hash_ (`hash`): Specifies a hashed password to import into Okta. This allows an existing password to be
            imported into Okta directly
            from some other store. Okta supports the BCRYPT, SHA-512, SHA-256, SHA-1, MD5, and PBKDF2
            hash functions for password import.
             A hashed password may be specified in a password object when creating or updating a user,
            but not for other operations.
             See the [Create user with imported hashed
            password](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#create-user-with-imported-hashed-password)
            description. When you update a user with a hashed password, the user must be in the
            `STAGED` status.
        hook: Specify a [password import inline
            hook](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/inlinehook/createpasswordimportinlinehook)
            to trigger verification of the user's password the first time the user signs in. This
            allows an existing password to be imported into Okta directly from some other store.
        value: Specifies the password for a user. The password policy validates this password.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "hash": "hash_",
        "hook": "hook",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "hash_": "model",
        "hook": "model",
        "value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "hash_": ("hash", _parse_hash_),
        "hook": ("hook", _parse_hook),
        "value": ("value", None),
    }

    hash_: PasswordCredentialHash | None = _attrs_field(init=False)
    hook: PasswordCredentialHook | None = _attrs_field(init=False)
    value: str | None = _attrs_field(init=False, repr=_convert.masked)

    def __init__(
        self,
        *,
        hash_: PasswordCredentialHash | None | Unset = UNSET,
        hook: PasswordCredentialHook | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if hash_ is not UNSET:
            _set_field(self, "hash_", hash_)
        if hook is not UNSET:
            _set_field(self, "hook", hook)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("hash_", UNSET)) is not UNSET:
            d["hash"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("hook", UNSET)) is not UNSET:
            d["hook"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("hash", UNSET)) is not UNSET:
            obj.hash_ = _parse_hash_(v, False)
        if (v := d.pop("hook", UNSET)) is not UNSET:
            obj.hook = _parse_hook(v, False)
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
