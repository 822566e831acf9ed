from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import base_token_token as _base_token_token

if TYPE_CHECKING:
    from typing import Self

    from .base_token_token import BaseTokenToken


def _parse_token(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _base_token_token.BaseTokenToken.from_json(v) if lazy else _base_token_token.BaseTokenToken.from_dict(v)
    return _convert.parse_model(_base_token_token.BaseTokenToken, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TokenRequestDataAccess(OktaModel):
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
        "claims": ("claims", None),
        "token": ("token", _parse_token),
        "scopes": ("scopes", None),
    }

    claims: Any | None = _attrs_field(init=False)
    token: BaseTokenToken | None = _attrs_field(init=False)
    scopes: Any | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        claims: Any | None | Unset = UNSET,
        token: BaseTokenToken | None | Unset = UNSET,
        scopes: Any | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if claims is not UNSET:
            _set_field(self, "claims", claims)
        if token is not UNSET:
            _set_field(self, "token", token)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("claims", UNSET)) is not UNSET:
            d["claims"] = v
        if (v := values.get("token", UNSET)) is not UNSET:
            d["token"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("claims", UNSET)) is not UNSET:
            obj.claims = v
        if (v := d.pop("token", UNSET)) is not UNSET:
            obj.token = _parse_token(v, False)
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
