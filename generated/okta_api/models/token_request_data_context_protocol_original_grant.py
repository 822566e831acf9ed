from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import refresh_token as _refresh_token
from . import token_protocol_request as _token_protocol_request

if TYPE_CHECKING:
    from typing import Self

    from .refresh_token import RefreshToken
    from .token_protocol_request import TokenProtocolRequest


@_attrs_define(kw_only=True)
class TokenRequestDataContextProtocolOriginalGrant(OktaModel):
    """Information about the original token request used to get the refresh token being used, when in a
    refresh token request

    Attributes:
        authorization: Details of the token request
        refresh_token: The refresh token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authorization": "authorization",
        "refresh_token": "refresh_token",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authorization": "model",
        "refresh_token": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authorization": lambda d: (
            _token_protocol_request.TokenProtocolRequest.from_json(v)
            if (v := d.get("authorization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_protocol_request.TokenProtocolRequest, v)
        ),
        "refresh_token": lambda d: (
            _refresh_token.RefreshToken.from_json(v)
            if (v := d.get("refresh_token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_refresh_token.RefreshToken, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, TokenRequestDataContextProtocolOriginalGrant._json_names
        ),
    }

    authorization: TokenProtocolRequest | None | Unset = UNSET
    refresh_token: RefreshToken | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authorization is not UNSET:
            d["authorization"] = _convert.dump_model(self.authorization, omit_read_only)
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
        obj.authorization = (
            _token_protocol_request.TokenProtocolRequest.from_dict(v)
            if (v := d.pop("authorization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_protocol_request.TokenProtocolRequest, v)
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
