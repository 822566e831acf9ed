from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import session_identity_provider as _session_identity_provider

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .session_identity_provider import SessionIdentityProvider


def _parse_idp(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _session_identity_provider.SessionIdentityProvider.from_json(v)
            if lazy
            else _session_identity_provider.SessionIdentityProvider.from_dict(v)
        )
    return _convert.parse_model(_session_identity_provider.SessionIdentityProvider, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class BaseContextSession(OktaModel):
    """Details of the user session

    Attributes:
        id: The unique identifier for the user's session
        user_id (`userId`): The unique identifier for the user
        login: The username used to identify the user. This is often the user's email address.
        created_at (`createdAt`): Timestamp of when the session was created
        expires_at (`expiresAt`): Timestamp of when the session expires
        status: Represents the current status of the user's session
        last_password_verification (`lastPasswordVerification`): Timestamp of when the user was last authenticated
        amr: The authentication method reference
        idp: SessionIdentityProvider
        mfa_active (`mfaActive`): Describes whether multifactor authentication was enabled
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "userId": "user_id",
        "login": "login",
        "createdAt": "created_at",
        "expiresAt": "expires_at",
        "status": "status",
        "lastPasswordVerification": "last_password_verification",
        "amr": "amr",
        "idp": "idp",
        "mfaActive": "mfa_active",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "user_id": "str",
        "login": "str",
        "created_at": "datetime",
        "expires_at": "datetime",
        "status": "str",
        "last_password_verification": "datetime",
        "amr": "list:str",
        "idp": "model",
        "mfa_active": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": ("id", None),
        "user_id": ("userId", None),
        "login": ("login", None),
        "created_at": ("createdAt", _convert.parse_datetime),
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "status": ("status", None),
        "last_password_verification": ("lastPasswordVerification", _convert.parse_datetime),
        "amr": ("amr", None),
        "idp": ("idp", _parse_idp),
        "mfa_active": ("mfaActive", None),
    }

    id: str | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)
    login: str | None = _attrs_field(init=False)
    created_at: datetime.datetime | None = _attrs_field(init=False)
    expires_at: datetime.datetime | None = _attrs_field(init=False)
    status: str | None = _attrs_field(init=False)
    last_password_verification: datetime.datetime | None = _attrs_field(init=False)
    amr: list[str] | None = _attrs_field(init=False)
    idp: SessionIdentityProvider | None = _attrs_field(init=False)
    mfa_active: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        last_password_verification: datetime.datetime | None | Unset = UNSET,
        amr: list[str] | None | Unset = UNSET,
        idp: SessionIdentityProvider | None | Unset = UNSET,
        mfa_active: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        if login is not UNSET:
            _set_field(self, "login", login)
        if created_at is not UNSET:
            _set_field(self, "created_at", created_at)
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if status is not UNSET:
            _set_field(self, "status", status)
        if last_password_verification is not UNSET:
            _set_field(self, "last_password_verification", last_password_verification)
        if amr is not UNSET:
            _set_field(self, "amr", amr)
        if idp is not UNSET:
            _set_field(self, "idp", idp)
        if mfa_active is not UNSET:
            _set_field(self, "mfa_active", mfa_active)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET:
            d["userId"] = v
        if (v := values.get("login", UNSET)) is not UNSET:
            d["login"] = v
        if (v := values.get("created_at", UNSET)) is not UNSET:
            d["createdAt"] = _convert.dump_datetime(v)
        if (v := values.get("expires_at", UNSET)) is not UNSET:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("last_password_verification", UNSET)) is not UNSET:
            d["lastPasswordVerification"] = _convert.dump_datetime(v)
        if (v := values.get("amr", UNSET)) is not UNSET:
            d["amr"] = v
        if (v := values.get("idp", UNSET)) is not UNSET:
            d["idp"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("mfa_active", UNSET)) is not UNSET:
            d["mfaActive"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        if (v := d.pop("login", UNSET)) is not UNSET:
            obj.login = v
        if (v := d.pop("createdAt", UNSET)) is not UNSET:
            obj.created_at = _convert.parse_datetime(v, False)
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = v
        if (v := d.pop("lastPasswordVerification", UNSET)) is not UNSET:
            obj.last_password_verification = _convert.parse_datetime(v, False)
        if (v := d.pop("amr", UNSET)) is not UNSET:
            obj.amr = v
        if (v := d.pop("idp", UNSET)) is not UNSET:
            obj.idp = _parse_idp(v, False)
        if (v := d.pop("mfaActive", UNSET)) is not UNSET:
            obj.mfa_active = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
