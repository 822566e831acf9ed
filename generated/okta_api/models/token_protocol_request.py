from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .grant_type import GrantType
from .token_protocol_request_response_mode import TokenProtocolRequestResponseMode
from .token_protocol_request_response_type import TokenProtocolRequestResponseType

if TYPE_CHECKING:
    from typing import Self


_parse_grant_type = _convert.enum_parser(GrantType)

_parse_response_mode = _convert.enum_parser(TokenProtocolRequestResponseMode)

_parse_response_type = _convert.enum_parser(TokenProtocolRequestResponseType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "client_id": ("client_id", None),
        "grant_type": ("grant_type", _parse_grant_type),
        "redirect_uri": ("redirect_uri", None),
        "response_mode": ("response_mode", _parse_response_mode),
        "response_type": ("response_type", _parse_response_type),
        "scope": ("scope", None),
        "state": ("state", None),
    }

    client_id: str | None = _attrs_field(init=False)
    grant_type: GrantType | None = _attrs_field(init=False)
    redirect_uri: str | None = _attrs_field(init=False)
    response_mode: TokenProtocolRequestResponseMode | None = _attrs_field(init=False)
    response_type: TokenProtocolRequestResponseType | None = _attrs_field(init=False)
    scope: str | None = _attrs_field(init=False)
    state: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client_id: str | None | Unset = UNSET,
        grant_type: GrantType | None | Unset = UNSET,
        redirect_uri: str | None | Unset = UNSET,
        response_mode: TokenProtocolRequestResponseMode | None | Unset = UNSET,
        response_type: TokenProtocolRequestResponseType | None | Unset = UNSET,
        scope: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if grant_type is not UNSET:
            _set_field(self, "grant_type", grant_type)
        if redirect_uri is not UNSET:
            _set_field(self, "redirect_uri", redirect_uri)
        if response_mode is not UNSET:
            _set_field(self, "response_mode", response_mode)
        if response_type is not UNSET:
            _set_field(self, "response_type", response_type)
        if scope is not UNSET:
            _set_field(self, "scope", scope)
        if state is not UNSET:
            _set_field(self, "state", state)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client_id", UNSET)) is not UNSET:
            d["client_id"] = v
        if (v := values.get("grant_type", UNSET)) is not UNSET:
            d["grant_type"] = v
        if (v := values.get("redirect_uri", UNSET)) is not UNSET:
            d["redirect_uri"] = v
        if (v := values.get("response_mode", UNSET)) is not UNSET:
            d["response_mode"] = v
        if (v := values.get("response_type", UNSET)) is not UNSET:
            d["response_type"] = v
        if (v := values.get("scope", UNSET)) is not UNSET:
            d["scope"] = v
        if (v := values.get("state", UNSET)) is not UNSET:
            d["state"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("client_id", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("grant_type", UNSET)) is not UNSET:
            obj.grant_type = _parse_grant_type(v, False)
        if (v := d.pop("redirect_uri", UNSET)) is not UNSET:
            obj.redirect_uri = v
        if (v := d.pop("response_mode", UNSET)) is not UNSET:
            obj.response_mode = _parse_response_mode(v, False)
        if (v := d.pop("response_type", UNSET)) is not UNSET:
            obj.response_type = _parse_response_type(v, False)
        if (v := d.pop("scope", UNSET)) is not UNSET:
            obj.scope = v
        if (v := d.pop("state", UNSET)) is not UNSET:
            obj.state = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
