from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import token_protocol_request as _token_protocol_request
from . import token_request_data_context_protocol_client as _token_request_data_context_protocol_client
from . import token_request_data_context_protocol_issuer as _token_request_data_context_protocol_issuer
from . import token_request_data_context_protocol_original_grant as _token_request_data_context_protocol_original_grant

if TYPE_CHECKING:
    from typing import Self

    from .token_protocol_request import TokenProtocolRequest
    from .token_request_data_context_protocol_client import TokenRequestDataContextProtocolClient
    from .token_request_data_context_protocol_issuer import TokenRequestDataContextProtocolIssuer
    from .token_request_data_context_protocol_original_grant import TokenRequestDataContextProtocolOriginalGrant


def _parse_request(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_protocol_request.TokenProtocolRequest.from_json(v)
            if lazy
            else _token_protocol_request.TokenProtocolRequest.from_dict(v)
        )
    return _convert.parse_model(_token_protocol_request.TokenProtocolRequest, v)


def _parse_original_grant(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_request_data_context_protocol_original_grant.TokenRequestDataContextProtocolOriginalGrant.from_json(
                v
            )
            if lazy
            else _token_request_data_context_protocol_original_grant.TokenRequestDataContextProtocolOriginalGrant.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _token_request_data_context_protocol_original_grant.TokenRequestDataContextProtocolOriginalGrant, v
    )


def _parse_issuer(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_request_data_context_protocol_issuer.TokenRequestDataContextProtocolIssuer.from_json(v)
            if lazy
            else _token_request_data_context_protocol_issuer.TokenRequestDataContextProtocolIssuer.from_dict(v)
        )
    return _convert.parse_model(_token_request_data_context_protocol_issuer.TokenRequestDataContextProtocolIssuer, v)


def _parse_client(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_request_data_context_protocol_client.TokenRequestDataContextProtocolClient.from_json(v)
            if lazy
            else _token_request_data_context_protocol_client.TokenRequestDataContextProtocolClient.from_dict(v)
        )
    return _convert.parse_model(_token_request_data_context_protocol_client.TokenRequestDataContextProtocolClient, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TokenRequestDataContextProtocol(OktaModel):
    """Details of the authentication protocol

    Attributes:
        type_ (`type`): The type of authentication protocol used
        request: Details of the token request
        original_grant (`OriginalGrant`): Information about the original token request used to get the refresh token being used,
            when in a refresh token request
        issuer: The authorization server's issuer identifier
        client: The client making the token request
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "request": "request",
        "OriginalGrant": "original_grant",
        "issuer": "issuer",
        "client": "client",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "str",
        "request": "model",
        "original_grant": "model",
        "issuer": "model",
        "client": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": ("type", None),
        "request": ("request", _parse_request),
        "original_grant": ("OriginalGrant", _parse_original_grant),
        "issuer": ("issuer", _parse_issuer),
        "client": ("client", _parse_client),
    }

    type_: str | None = _attrs_field(init=False)
    request: TokenProtocolRequest | None = _attrs_field(init=False)
    original_grant: TokenRequestDataContextProtocolOriginalGrant | None = _attrs_field(init=False)
    issuer: TokenRequestDataContextProtocolIssuer | None = _attrs_field(init=False)
    client: TokenRequestDataContextProtocolClient | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: str | None | Unset = UNSET,
        request: TokenProtocolRequest | None | Unset = UNSET,
        original_grant: TokenRequestDataContextProtocolOriginalGrant | None | Unset = UNSET,
        issuer: TokenRequestDataContextProtocolIssuer | None | Unset = UNSET,
        client: TokenRequestDataContextProtocolClient | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if request is not UNSET:
            _set_field(self, "request", request)
        if original_grant is not UNSET:
            _set_field(self, "original_grant", original_grant)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if client is not UNSET:
            _set_field(self, "client", client)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("request", UNSET)) is not UNSET:
            d["request"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("original_grant", UNSET)) is not UNSET:
            d["OriginalGrant"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("client", UNSET)) is not UNSET:
            d["client"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("request", UNSET)) is not UNSET:
            obj.request = _parse_request(v, False)
        if (v := d.pop("OriginalGrant", UNSET)) is not UNSET:
            obj.original_grant = _parse_original_grant(v, False)
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = _parse_issuer(v, False)
        if (v := d.pop("client", UNSET)) is not UNSET:
            obj.client = _parse_client(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
