from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import base_token as _base_token
from . import refresh_token as _refresh_token
from . import token_request_data_access as _token_request_data_access
from . import token_request_data_context as _token_request_data_context

if TYPE_CHECKING:
    from typing import Self

    from .base_token import BaseToken
    from .refresh_token import RefreshToken
    from .token_request_data_access import TokenRequestDataAccess
    from .token_request_data_context import TokenRequestDataContext


def _parse_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_request_data_context.TokenRequestDataContext.from_json(v)
            if lazy
            else _token_request_data_context.TokenRequestDataContext.from_dict(v)
        )
    return _convert.parse_model(_token_request_data_context.TokenRequestDataContext, v)


def _parse_identity(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _base_token.BaseToken.from_json(v) if lazy else _base_token.BaseToken.from_dict(v)
    return _convert.parse_model(_base_token.BaseToken, v)


def _parse_access(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_request_data_access.TokenRequestDataAccess.from_json(v)
            if lazy
            else _token_request_data_access.TokenRequestDataAccess.from_dict(v)
        )
    return _convert.parse_model(_token_request_data_access.TokenRequestDataAccess, v)


def _parse_refresh_token(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _refresh_token.RefreshToken.from_json(v) if lazy else _refresh_token.RefreshToken.from_dict(v)
    return _convert.parse_model(_refresh_token.RefreshToken, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TokenRequestData(OktaModel):
    """An Okta `TokenRequestData`.

    Attributes:
        context: TokenRequestDataContext
        identity: BaseToken
        access: Provides information on the properties of the access token that Okta has generated,
            including the existing claims that it contains
        refresh_token: The refresh token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "context": "context",
        "identity": "identity",
        "access": "access",
        "refresh_token": "refresh_token",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "context": "model",
        "identity": "model",
        "access": "model",
        "refresh_token": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "context": ("context", _parse_context),
        "identity": ("identity", _parse_identity),
        "access": ("access", _parse_access),
        "refresh_token": ("refresh_token", _parse_refresh_token),
    }

    context: TokenRequestDataContext | None = _attrs_field(init=False)
    identity: BaseToken | None = _attrs_field(init=False)
    access: TokenRequestDataAccess | None = _attrs_field(init=False)
    refresh_token: RefreshToken | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        context: TokenRequestDataContext | None | Unset = UNSET,
        identity: BaseToken | None | Unset = UNSET,
        access: TokenRequestDataAccess | None | Unset = UNSET,
        refresh_token: RefreshToken | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if context is not UNSET:
            _set_field(self, "context", context)
        if identity is not UNSET:
            _set_field(self, "identity", identity)
        if access is not UNSET:
            _set_field(self, "access", access)
        if refresh_token is not UNSET:
            _set_field(self, "refresh_token", refresh_token)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("context", UNSET)) is not UNSET:
            d["context"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("identity", UNSET)) is not UNSET:
            d["identity"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("access", UNSET)) is not UNSET:
            d["access"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("refresh_token", UNSET)) is not UNSET:
            d["refresh_token"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("context", UNSET)) is not UNSET:
            obj.context = _parse_context(v, False)
        if (v := d.pop("identity", UNSET)) is not UNSET:
            obj.identity = _parse_identity(v, False)
        if (v := d.pop("access", UNSET)) is not UNSET:
            obj.access = _parse_access(v, False)
        if (v := d.pop("refresh_token", UNSET)) is not UNSET:
            obj.refresh_token = _parse_refresh_token(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
