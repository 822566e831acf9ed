from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SocialAuthToken(OktaModel):
    """The social authentication token object provides the tokens and associated metadata provided by
    social providers during social authentication.

    Attributes:
        expires_at (`expiresAt`, read-only, never sent): Timestamp when the object expires
        id (read-only, never sent): Unique identifier for the token
        scopes (read-only, never sent): The scopes that the token is good for
        token (read-only, never sent): The raw token
        token_auth_scheme (`tokenAuthScheme`, read-only, never sent): The token authentication scheme as defined by the social provider
        token_type (`tokenType`, read-only, never sent): The type of token defined by the [OAuth Token Exchange
            Spec](https://tools.ietf.org/html/draft-ietf-oauth-token-exchange-07#section-3)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expiresAt": "expires_at",
        "id": "id",
        "scopes": "scopes",
        "token": "token",
        "tokenAuthScheme": "token_auth_scheme",
        "tokenType": "token_type",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expires_at": "datetime",
        "id": "str",
        "scopes": "list:str",
        "token": "str",
        "token_auth_scheme": "str",
        "token_type": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "id": ("id", None),
        "scopes": ("scopes", None),
        "token": ("token", None),
        "token_auth_scheme": ("tokenAuthScheme", None),
        "token_type": ("tokenType", None),
    }

    expires_at: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    scopes: list[str] | None = _attrs_field(init=False)
    token: str | None = _attrs_field(init=False)
    token_auth_scheme: str | None = _attrs_field(init=False)
    token_type: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        expires_at: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        scopes: list[str] | None | Unset = UNSET,
        token: str | None | Unset = UNSET,
        token_auth_scheme: str | None | Unset = UNSET,
        token_type: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if id is not UNSET:
            _set_field(self, "id", id)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        if token is not UNSET:
            _set_field(self, "token", token)
        if token_auth_scheme is not UNSET:
            _set_field(self, "token_auth_scheme", token_auth_scheme)
        if token_type is not UNSET:
            _set_field(self, "token_type", token_type)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("expires_at", UNSET)) is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("scopes", UNSET)) is not UNSET and not omit_read_only:
            d["scopes"] = v
        if (v := values.get("token", UNSET)) is not UNSET and not omit_read_only:
            d["token"] = v
        if (v := values.get("token_auth_scheme", UNSET)) is not UNSET and not omit_read_only:
            d["tokenAuthScheme"] = v
        if (v := values.get("token_type", UNSET)) is not UNSET and not omit_read_only:
            d["tokenType"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = v
        if (v := d.pop("token", UNSET)) is not UNSET:
            obj.token = v
        if (v := d.pop("tokenAuthScheme", UNSET)) is not UNSET:
            obj.token_auth_scheme = v
        if (v := d.pop("tokenType", UNSET)) is not UNSET:
            obj.token_type = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
