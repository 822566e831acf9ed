from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import base_token as _base_token
from . import refresh_token as _refresh_token
from . import token_pay_load_data_access as _token_pay_load_data_access
from . import token_pay_load_data_context as _token_pay_load_data_context

if TYPE_CHECKING:
    from typing import Self

    from .base_token import BaseToken
    from .refresh_token import RefreshToken
    from .token_pay_load_data_access import TokenPayLoadDataAccess
    from .token_pay_load_data_context import TokenPayLoadDataContext


@_attrs_define(kw_only=True)
class TokenPayLoadData(OktaModel):
    """An Okta `TokenPayLoadData`.

    Attributes:
        context: TokenPayLoadDataContext
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
        "context": lambda d: (
            _token_pay_load_data_context.TokenPayLoadDataContext.from_json(v)
            if (v := d.get("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_context.TokenPayLoadDataContext, v)
        ),
        "identity": lambda d: (
            _base_token.BaseToken.from_json(v)
            if (v := d.get("identity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_token.BaseToken, v)
        ),
        "access": lambda d: (
            _token_pay_load_data_access.TokenPayLoadDataAccess.from_json(v)
            if (v := d.get("access", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_access.TokenPayLoadDataAccess, v)
        ),
        "refresh_token": lambda d: (
            _refresh_token.RefreshToken.from_json(v)
            if (v := d.get("refresh_token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_refresh_token.RefreshToken, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TokenPayLoadData._json_names),
    }

    context: TokenPayLoadDataContext | None | Unset = UNSET
    identity: BaseToken | None | Unset = UNSET
    access: TokenPayLoadDataAccess | None | Unset = UNSET
    refresh_token: RefreshToken | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.context is not UNSET:
            d["context"] = _convert.dump_model(self.context, omit_read_only)
        if self.identity is not UNSET:
            d["identity"] = _convert.dump_model(self.identity, omit_read_only)
        if self.access is not UNSET:
            d["access"] = _convert.dump_model(self.access, omit_read_only)
        if self.refresh_token is not UNSET:
            d["refresh_token"] = _convert.dump_model(self.refresh_token, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.context = (
            _token_pay_load_data_context.TokenPayLoadDataContext.from_dict(v)
            if (v := d.pop("context", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_context.TokenPayLoadDataContext, v)
        )
        obj.identity = (
            _base_token.BaseToken.from_dict(v)
            if (v := d.pop("identity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_token.BaseToken, v)
        )
        obj.access = (
            _token_pay_load_data_access.TokenPayLoadDataAccess.from_dict(v)
            if (v := d.pop("access", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_access.TokenPayLoadDataAccess, v)
        )
        obj.refresh_token = (
            _refresh_token.RefreshToken.from_dict(v)
            if (v := d.pop("refresh_token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_refresh_token.RefreshToken, v)
        )
        obj.additional_properties = d
        return obj
