from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_amr(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(SessionAuthenticationMethod, v)


def _parse_idp(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _session_identity_provider.SessionIdentityProvider.from_json(v)
            if lazy
            else _session_identity_provider.SessionIdentityProvider.from_dict(v)
        )
    return _convert.parse_model(_session_identity_provider.SessionIdentityProvider, v)


_parse_status = _convert.enum_parser(SessionStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "amr": ("amr", _parse_amr),
        "created_at": ("createdAt", _convert.parse_datetime),
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "id": ("id", None),
        "idp": ("idp", _parse_idp),
        "last_factor_verification": ("lastFactorVerification", _convert.parse_datetime),
        "last_password_verification": ("lastPasswordVerification", _convert.parse_datetime),
        "login": ("login", None),
        "status": ("status", _parse_status),
        "user_id": ("userId", None),
        "field_links": ("_links", _parse_field_links),
    }

    amr: list[SessionAuthenticationMethod] | None = _attrs_field(init=False)
    created_at: datetime.datetime | None = _attrs_field(init=False)
    expires_at: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    idp: SessionIdentityProvider | None = _attrs_field(init=False)
    last_factor_verification: datetime.datetime | None = _attrs_field(init=False)
    last_password_verification: datetime.datetime | None = _attrs_field(init=False)
    login: str | None = _attrs_field(init=False)
    status: SessionStatus | None = _attrs_field(init=False)
    user_id: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        amr: list[SessionAuthenticationMethod] | None | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        idp: SessionIdentityProvider | None | Unset = UNSET,
        last_factor_verification: datetime.datetime | None | Unset = UNSET,
        last_password_verification: datetime.datetime | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        status: SessionStatus | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if amr is not UNSET:
            _set_field(self, "amr", amr)
        if created_at is not UNSET:
            _set_field(self, "created_at", created_at)
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if id is not UNSET:
            _set_field(self, "id", id)
        if idp is not UNSET:
            _set_field(self, "idp", idp)
        if last_factor_verification is not UNSET:
            _set_field(self, "last_factor_verification", last_factor_verification)
        if last_password_verification is not UNSET:
            _set_field(self, "last_password_verification", last_password_verification)
        if login is not UNSET:
            _set_field(self, "login", login)
        if status is not UNSET:
            _set_field(self, "status", status)
        if user_id is not UNSET:
            _set_field(self, "user_id", user_id)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("amr", UNSET)) is not UNSET and not omit_read_only:
            d["amr"] = v
        if (v := values.get("created_at", UNSET)) is not UNSET and not omit_read_only:
            d["createdAt"] = _convert.dump_datetime(v)
        if (v := values.get("expires_at", UNSET)) is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("idp", UNSET)) is not UNSET:
            d["idp"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("last_factor_verification", UNSET)) is not UNSET and not omit_read_only:
            d["lastFactorVerification"] = _convert.dump_datetime(v)
        if (v := values.get("last_password_verification", UNSET)) is not UNSET and not omit_read_only:
            d["lastPasswordVerification"] = _convert.dump_datetime(v)
        if (v := values.get("login", UNSET)) is not UNSET and not omit_read_only:
            d["login"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("user_id", UNSET)) is not UNSET and not omit_read_only:
            d["userId"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("amr", UNSET)) is not UNSET:
            obj.amr = _parse_amr(v, False)
        if (v := d.pop("createdAt", UNSET)) is not UNSET:
            obj.created_at = _convert.parse_datetime(v, False)
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("idp", UNSET)) is not UNSET:
            obj.idp = _parse_idp(v, False)
        if (v := d.pop("lastFactorVerification", UNSET)) is not UNSET:
            obj.last_factor_verification = _convert.parse_datetime(v, False)
        if (v := d.pop("lastPasswordVerification", UNSET)) is not UNSET:
            obj.last_password_verification = _convert.parse_datetime(v, False)
        if (v := d.pop("login", UNSET)) is not UNSET:
            obj.login = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("userId", UNSET)) is not UNSET:
            obj.user_id = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
