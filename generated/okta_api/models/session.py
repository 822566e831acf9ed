from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import session_identity_provider as _session_identity_provider
from .session_authentication_method import SessionAuthenticationMethod
from .session_status import SessionStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf
    from .session_identity_provider import SessionIdentityProvider


@_attrs_define(kw_only=True)
class Session(OktaModel):
    """An Okta `Session`.

    Attributes:
        amr (read-only, never sent): Authentication method reference
        created_at (`createdAt`, read-only, never sent): datetime.datetime
        expires_at (`expiresAt`, read-only, never sent): A timestamp when the session expires
        id (read-only, never sent): A unique key for the session
        idp: SessionIdentityProvider
        last_factor_verification (`lastFactorVerification`, read-only, never sent): A timestamp when the user last performed multifactor authentication
        last_password_verification (`lastPasswordVerification`, read-only, never sent): A timestamp when the user last performed the primary or step-up authentication with a
            password
        login (read-only, never sent): A unique identifier for the user (username)
        status: SessionStatus
        user_id (`userId`, read-only, never sent): A unique key for the user
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "amr": "amr",
        "createdAt": "created_at",
        "expiresAt": "expires_at",
        "id": "id",
        "idp": "idp",
        "lastFactorVerification": "last_factor_verification",
        "lastPasswordVerification": "last_password_verification",
        "login": "login",
        "status": "status",
        "userId": "user_id",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "amr": "list:enum",
        "created_at": "datetime",
        "expires_at": "datetime",
        "id": "str",
        "idp": "model",
        "last_factor_verification": "datetime",
        "last_password_verification": "datetime",
        "login": "str",
        "status": "enum",
        "user_id": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "amr": lambda d: _convert.parse_enum_list(SessionAuthenticationMethod, d.get("amr", UNSET)),
        "created_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("createdAt", UNSET)).__class__ is str else v
        ),
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "id": "id",
        "idp": lambda d: (
            _session_identity_provider.SessionIdentityProvider.from_json(v)
            if (v := d.get("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_session_identity_provider.SessionIdentityProvider, v)
        ),
        "last_factor_verification": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastFactorVerification", UNSET)).__class__ is str else v
        ),
        "last_password_verification": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastPasswordVerification", UNSET)).__class__ is str else v
        ),
        "login": "login",
        "status": lambda d: (
            _convert.parse_enum(SessionStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "user_id": "userId",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Session._json_names),
    }

    amr: list[SessionAuthenticationMethod] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    idp: SessionIdentityProvider | None | Unset = UNSET
    last_factor_verification: datetime.datetime | None | Unset = UNSET
    last_password_verification: datetime.datetime | None | Unset = UNSET
    login: str | None | Unset = UNSET
    status: SessionStatus | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.amr is not UNSET and not omit_read_only:
            d["amr"] = self.amr
        if self.created_at is not UNSET and not omit_read_only:
            d["createdAt"] = _convert.dump_datetime(self.created_at)
        if self.expires_at is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.idp is not UNSET:
            d["idp"] = _convert.dump_model(self.idp, omit_read_only)
        if self.last_factor_verification is not UNSET and not omit_read_only:
            d["lastFactorVerification"] = _convert.dump_datetime(self.last_factor_verification)
        if self.last_password_verification is not UNSET and not omit_read_only:
            d["lastPasswordVerification"] = _convert.dump_datetime(self.last_password_verification)
        if self.login is not UNSET and not omit_read_only:
            d["login"] = self.login
        if self.status is not UNSET:
            d["status"] = self.status
        if self.user_id is not UNSET and not omit_read_only:
            d["userId"] = self.user_id
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.amr = _convert.parse_enum_list(SessionAuthenticationMethod, d.pop("amr", UNSET))
        obj.created_at = _convert.parse_datetime_text(v) if (v := d.pop("createdAt", UNSET)).__class__ is str else v
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.idp = (
            _session_identity_provider.SessionIdentityProvider.from_dict(v)
            if (v := d.pop("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_session_identity_provider.SessionIdentityProvider, v)
        )
        obj.last_factor_verification = (
            _convert.parse_datetime_text(v) if (v := d.pop("lastFactorVerification", UNSET)).__class__ is str else v
        )
        obj.last_password_verification = (
            _convert.parse_datetime_text(v) if (v := d.pop("lastPasswordVerification", UNSET)).__class__ is str else v
        )
        obj.login = d.pop("login", UNSET)
        obj.status = _convert.parse_enum(SessionStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.user_id = d.pop("userId", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
