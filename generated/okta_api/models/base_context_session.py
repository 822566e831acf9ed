from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import session_identity_provider as _session_identity_provider

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .session_identity_provider import SessionIdentityProvider


@_attrs_define(kw_only=True)
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
        "id": "id",
        "user_id": "userId",
        "login": "login",
        "created_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("createdAt", UNSET)).__class__ is str else v
        ),
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "status": "status",
        "last_password_verification": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastPasswordVerification", UNSET)).__class__ is str else v
        ),
        "amr": "amr",
        "idp": lambda d: (
            _session_identity_provider.SessionIdentityProvider.from_json(v)
            if (v := d.get("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_session_identity_provider.SessionIdentityProvider, v)
        ),
        "mfa_active": "mfaActive",
        "additional_properties": lambda d: _convert.undeclared(d, BaseContextSession._json_names),
    }

    id: str | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    login: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    status: str | None | Unset = UNSET
    last_password_verification: datetime.datetime | None | Unset = UNSET
    amr: list[str] | None | Unset = UNSET
    idp: SessionIdentityProvider | None | Unset = UNSET
    mfa_active: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.user_id is not UNSET:
            d["userId"] = self.user_id
        if self.login is not UNSET:
            d["login"] = self.login
        if self.created_at is not UNSET:
            d["createdAt"] = _convert.dump_datetime(self.created_at)
        if self.expires_at is not UNSET:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.last_password_verification is not UNSET:
            d["lastPasswordVerification"] = _convert.dump_datetime(self.last_password_verification)
        if self.amr is not UNSET:
            d["amr"] = self.amr
        if self.idp is not UNSET:
            d["idp"] = _convert.dump_model(self.idp, omit_read_only)
        if self.mfa_active is not UNSET:
            d["mfaActive"] = self.mfa_active
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.user_id = d.pop("userId", UNSET)
        obj.login = d.pop("login", UNSET)
        obj.created_at = _convert.parse_datetime_text(v) if (v := d.pop("createdAt", UNSET)).__class__ is str else v
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.status = d.pop("status", UNSET)
        obj.last_password_verification = (
            _convert.parse_datetime_text(v) if (v := d.pop("lastPasswordVerification", UNSET)).__class__ is str else v
        )
        obj.amr = d.pop("amr", UNSET)
        obj.idp = (
            _session_identity_provider.SessionIdentityProvider.from_dict(v)
            if (v := d.pop("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_session_identity_provider.SessionIdentityProvider, v)
        )
        obj.mfa_active = d.pop("mfaActive", UNSET)
        obj.additional_properties = d
        return obj
