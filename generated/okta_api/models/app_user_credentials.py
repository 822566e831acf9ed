from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import app_user_password_credential as _app_user_password_credential

if TYPE_CHECKING:
    from typing import Self

    from .app_user_password_credential import AppUserPasswordCredential


def _parse_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_user_password_credential.AppUserPasswordCredential.from_json(v)
            if lazy
            else _app_user_password_credential.AppUserPasswordCredential.from_dict(v)
        )
    return _convert.parse_model(_app_user_password_credential.AppUserPasswordCredential, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AppUserCredentials(OktaModel):
    """Specifies a user's credentials for the app.
    This parameter can be omitted for apps with [sign-on
    mode](https://developer.okta.com/docs/api/openapi/okta-management/management/application/getapplication#application/getapplication/t=response&c=200&path=&d=0/signonmode)
    (`signOnMode`) or [authentication
    schemes](https://developer.okta.com/docs/api/openapi/okta-management/management/application/getapplication#application/getapplication/t=response&c=200&path=&d=0/credentials/scheme)
    (`credentials.scheme`) that don't require credentials.

    Attributes:
        password: The user's password. This is a write-only property. An empty `password` object is returned
            to indicate that a password value exists.
        user_name (`userName`): The user's username in the app

            > **Note:** The
            [userNameTemplate](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/application/other/createapplication#application/createapplication/t=response&c=200&path=&d=0/credentials/usernametemplate)
            in the application object defines the default username generated when a user is assigned
            to that app.
            > If you attempt to assign a username or password to an app with an incompatible
            [authentication
            scheme](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/application/other/createapplication#application/createapplication/t=response&c=200&path=&d=0/credentials/scheme),
            the following error is returned:
            > "Credentials should not be set on this resource based on the scheme."
    """

    _json_names: ClassVar[dict[str, str]] = {
        "password": "password",
        "userName": "user_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "password": "model",
        "user_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "password": ("password", _parse_password),
        "user_name": ("userName", None),
    }

    password: AppUserPasswordCredential | None = _attrs_field(init=False)
    user_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        password: AppUserPasswordCredential | None | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if password is not UNSET:
            _set_field(self, "password", password)
        if user_name is not UNSET:
            _set_field(self, "user_name", user_name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("password", UNSET)) is not UNSET:
            d["password"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("password", UNSET)) is not UNSET:
            obj.password = _parse_password(v, False)
        if (v := d.pop("userName", UNSET)) is not UNSET:
            obj.user_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
