from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import base_token_token as _base_token_token

if TYPE_CHECKING:
    from typing import Self

    from .base_token_token import BaseTokenToken


@_attrs_define(kw_only=True)
class TokenPayLoadDataAccess(OktaModel):
    """Provides information on the properties of the access token that Okta has generated, including the
    existing claims that it contains

    Attributes:
        claims: Claims included in the token. Consists of name-value pairs for each included claim. For
            descriptions of the claims that you can include, see the Okta [OpenID Connect and OAuth
            2.0 API
            reference](https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#claims).
        token: The token
        scopes: The scopes contained in the token. For descriptions of the scopes that you can include,
            see the Okta [OpenID Connect and OAuth 2.0 API
            reference](https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#scopes).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "claims": "claims",
        "token": "token",
        "scopes": "scopes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "claims": "any",
        "token": "model",
        "scopes": "any",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "claims": "claims",
        "token": lambda d: (
            _base_token_token.BaseTokenToken.from_json(v)
            if (v := d.get("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_token_token.BaseTokenToken, v)
        ),
        "scopes": "scopes",
        "additional_properties": lambda d: _convert.undeclared(d, TokenPayLoadDataAccess._json_names),
    }

    claims: Any | None | Unset = UNSET
    token: BaseTokenToken | None | Unset = UNSET
    scopes: Any | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.claims is not UNSET:
            d["claims"] = self.claims
        if self.token is not UNSET:
            d["token"] = _convert.dump_model(self.token, omit_read_only)
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.claims = d.pop("claims", UNSET)
        obj.token = (
            _base_token_token.BaseTokenToken.from_dict(v)
            if (v := d.pop("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_base_token_token.BaseTokenToken, v)
        )
        obj.scopes = d.pop("scopes", UNSET)
        obj.additional_properties = d
        return obj
