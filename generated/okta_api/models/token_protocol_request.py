from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .grant_type import GrantType
from .token_protocol_request_response_mode import TokenProtocolRequestResponseMode
from .token_protocol_request_response_type import TokenProtocolRequestResponseType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class TokenProtocolRequest(OktaModel):
    """Details of the token request

    Attributes:
        client_id: The ID of the client associated with the token
        grant_type: Determines the mechanism Okta uses to authorize the creation of the tokens.
        redirect_uri: Specifies the callback location where the authorization was sent
        response_mode: The authorization response mode
        response_type: The authorization response type
        scope: The scopes requested
        state: str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_id": "client_id",
        "grant_type": "grant_type",
        "redirect_uri": "redirect_uri",
        "response_mode": "response_mode",
        "response_type": "response_type",
        "scope": "scope",
        "state": "state",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_id": "str",
        "grant_type": "enum",
        "redirect_uri": "str",
        "response_mode": "enum",
        "response_type": "enum",
        "scope": "str",
        "state": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_id": "client_id",
        "grant_type": lambda d: (
            _convert.parse_enum(GrantType, v) if (v := d.get("grant_type", UNSET)).__class__ is str else v
        ),
        "redirect_uri": "redirect_uri",
        "response_mode": lambda d: (
            _convert.parse_enum(TokenProtocolRequestResponseMode, v)
            if (v := d.get("response_mode", UNSET)).__class__ is str
            else v
        ),
        "response_type": lambda d: (
            _convert.parse_enum(TokenProtocolRequestResponseType, v)
            if (v := d.get("response_type", UNSET)).__class__ is str
            else v
        ),
        "scope": "scope",
        "state": "state",
        "additional_properties": lambda d: _convert.undeclared(d, TokenProtocolRequest._json_names),
    }

    client_id: str | None | Unset = UNSET
    grant_type: GrantType | None | Unset = UNSET
    redirect_uri: str | None | Unset = UNSET
    response_mode: TokenProtocolRequestResponseMode | None | Unset = UNSET
    response_type: TokenProtocolRequestResponseType | None | Unset = UNSET
    scope: str | None | Unset = UNSET
    state: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_id is not UNSET:
            d["client_id"] = self.client_id
        if self.grant_type is not UNSET:
            d["grant_type"] = self.grant_type
        if self.redirect_uri is not UNSET:
            d["redirect_uri"] = self.redirect_uri
        if self.response_mode is not UNSET:
            d["response_mode"] = self.response_mode
        if self.response_type is not UNSET:
            d["response_type"] = self.response_type
        if self.scope is not UNSET:
            d["scope"] = self.scope
        if self.state is not UNSET:
            d["state"] = self.state
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.client_id = d.pop("client_id", UNSET)
        obj.grant_type = _convert.parse_enum(GrantType, v) if (v := d.pop("grant_type", UNSET)).__class__ is str else v
        obj.redirect_uri = d.pop("redirect_uri", UNSET)
        obj.response_mode = (
            _convert.parse_enum(TokenProtocolRequestResponseMode, v)
            if (v := d.pop("response_mode", UNSET)).__class__ is str
            else v
        )
        obj.response_type = (
            _convert.parse_enum(TokenProtocolRequestResponseType, v)
            if (v := d.pop("response_type", UNSET)).__class__ is str
            else v
        )
        obj.scope = d.pop("scope", UNSET)
        obj.state = d.pop("state", UNSET)
        obj.additional_properties = d
        return obj
