from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import refresh_token as _refresh_token
from . import token_protocol_request as _token_protocol_request

if TYPE_CHECKING:
    from typing import Self

    from .refresh_token import RefreshToken
    from .token_protocol_request import TokenProtocolRequest


def _parse_authorization(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_protocol_request.TokenProtocolRequest.from_json(v)
            if lazy
            else _token_protocol_request.TokenProtocolRequest.from_dict(v)
        )
    return _convert.parse_model(_token_protocol_request.TokenProtocolRequest, v)


def _parse_refresh_token(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _refresh_token.RefreshToken.from_json(v) if lazy else _refresh_token.RefreshToken.from_dict(v)
    return _convert.parse_model(_refresh_token.RefreshToken, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TokenPayLoadDataContextProtocolOriginalGrant(OktaModel):
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
        "authorization": ("authorization", _parse_authorization),
        "refresh_token": ("refresh_token", _parse_refresh_token),
    }

    authorization: TokenProtocolRequest | None = _attrs_field(init=False)
    refresh_token: RefreshToken | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authorization: TokenProtocolRequest | None | Unset = UNSET,
        refresh_token: RefreshToken | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authorization is not UNSET:
            _set_field(self, "authorization", authorization)
        if refresh_token is not UNSET:
            _set_field(self, "refresh_token", refresh_token)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authorization", UNSET)) is not UNSET:
            d["authorization"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("authorization", UNSET)) is not UNSET:
            obj.authorization = _parse_authorization(v, False)
        if (v := d.pop("refresh_token", UNSET)) is not UNSET:
            obj.refresh_token = _parse_refresh_token(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
