from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import token_pay_load_data_context_protocol_client as _token_pay_load_data_context_protocol_client
from . import token_pay_load_data_context_protocol_issuer as _token_pay_load_data_context_protocol_issuer
from . import (
    token_pay_load_data_context_protocol_original_grant as _token_pay_load_data_context_protocol_original_grant,
)
from . import token_protocol_request as _token_protocol_request

if TYPE_CHECKING:
    from typing import Self

    from .token_pay_load_data_context_protocol_client import TokenPayLoadDataContextProtocolClient
    from .token_pay_load_data_context_protocol_issuer import TokenPayLoadDataContextProtocolIssuer
    from .token_pay_load_data_context_protocol_original_grant import TokenPayLoadDataContextProtocolOriginalGrant
    from .token_protocol_request import TokenProtocolRequest


@_attrs_define(kw_only=True)
class TokenPayLoadDataContextProtocol(OktaModel):
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
        "type_": "type",
        "request": lambda d: (
            _token_protocol_request.TokenProtocolRequest.from_json(v)
            if (v := d.get("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_protocol_request.TokenProtocolRequest, v)
        ),
        "original_grant": lambda d: (
            _token_pay_load_data_context_protocol_original_grant.TokenPayLoadDataContextProtocolOriginalGrant.from_json(
                v
            )
            if (v := d.get("OriginalGrant", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_pay_load_data_context_protocol_original_grant.TokenPayLoadDataContextProtocolOriginalGrant, v
            )
        ),
        "issuer": lambda d: (
            _token_pay_load_data_context_protocol_issuer.TokenPayLoadDataContextProtocolIssuer.from_json(v)
            if (v := d.get("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_pay_load_data_context_protocol_issuer.TokenPayLoadDataContextProtocolIssuer, v
            )
        ),
        "client": lambda d: (
            _token_pay_load_data_context_protocol_client.TokenPayLoadDataContextProtocolClient.from_json(v)
            if (v := d.get("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_pay_load_data_context_protocol_client.TokenPayLoadDataContextProtocolClient, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TokenPayLoadDataContextProtocol._json_names),
    }

    type_: str | None | Unset = UNSET
    request: TokenProtocolRequest | None | Unset = UNSET
    original_grant: TokenPayLoadDataContextProtocolOriginalGrant | None | Unset = UNSET
    issuer: TokenPayLoadDataContextProtocolIssuer | None | Unset = UNSET
    client: TokenPayLoadDataContextProtocolClient | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.request is not UNSET:
            d["request"] = _convert.dump_model(self.request, omit_read_only)
        if self.original_grant is not UNSET:
            d["OriginalGrant"] = _convert.dump_model(self.original_grant, omit_read_only)
        if self.issuer is not UNSET:
            d["issuer"] = _convert.dump_model(self.issuer, omit_read_only)
        if self.client is not UNSET:
            d["client"] = _convert.dump_model(self.client, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = d.pop("type", UNSET)
        obj.request = (
            _token_protocol_request.TokenProtocolRequest.from_dict(v)
            if (v := d.pop("request", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_protocol_request.TokenProtocolRequest, v)
        )
        obj.original_grant = (
            _token_pay_load_data_context_protocol_original_grant.TokenPayLoadDataContextProtocolOriginalGrant.from_dict(
                v
            )
            if (v := d.pop("OriginalGrant", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_pay_load_data_context_protocol_original_grant.TokenPayLoadDataContextProtocolOriginalGrant, v
            )
        )
        obj.issuer = (
            _token_pay_load_data_context_protocol_issuer.TokenPayLoadDataContextProtocolIssuer.from_dict(v)
            if (v := d.pop("issuer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_pay_load_data_context_protocol_issuer.TokenPayLoadDataContextProtocolIssuer, v
            )
        )
        obj.client = (
            _token_pay_load_data_context_protocol_client.TokenPayLoadDataContextProtocolClient.from_dict(v)
            if (v := d.pop("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _token_pay_load_data_context_protocol_client.TokenPayLoadDataContextProtocolClient, v
            )
        )
        obj.additional_properties = d
        return obj
