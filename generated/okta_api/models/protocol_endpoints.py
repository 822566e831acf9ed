from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import protocol_endpoint as _protocol_endpoint

if TYPE_CHECKING:
    from typing import Self

    from .protocol_endpoint import ProtocolEndpoint


@_attrs_define(kw_only=True)
class ProtocolEndpoints(OktaModel):
    """An Okta `ProtocolEndpoints`.

    Attributes:
        acs: ProtocolEndpoint
        authorization: ProtocolEndpoint
        jwks: ProtocolEndpoint
        metadata: ProtocolEndpoint
        slo: ProtocolEndpoint
        sso: ProtocolEndpoint
        token: ProtocolEndpoint
        user_info (`userInfo`): ProtocolEndpoint
    """

    _json_names: ClassVar[dict[str, str]] = {
        "acs": "acs",
        "authorization": "authorization",
        "jwks": "jwks",
        "metadata": "metadata",
        "slo": "slo",
        "sso": "sso",
        "token": "token",
        "userInfo": "user_info",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "acs": "model",
        "authorization": "model",
        "jwks": "model",
        "metadata": "model",
        "slo": "model",
        "sso": "model",
        "token": "model",
        "user_info": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "acs": lambda d: (
            _protocol_endpoint.ProtocolEndpoint.from_json(v)
            if (v := d.get("acs", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        ),
        "authorization": lambda d: (
            _protocol_endpoint.ProtocolEndpoint.from_json(v)
            if (v := d.get("authorization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        ),
        "jwks": lambda d: (
            _protocol_endpoint.ProtocolEndpoint.from_json(v)
            if (v := d.get("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        ),
        "metadata": lambda d: (
            _protocol_endpoint.ProtocolEndpoint.from_json(v)
            if (v := d.get("metadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        ),
        "slo": lambda d: (
            _protocol_endpoint.ProtocolEndpoint.from_json(v)
            if (v := d.get("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        ),
        "sso": lambda d: (
            _protocol_endpoint.ProtocolEndpoint.from_json(v)
            if (v := d.get("sso", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        ),
        "token": lambda d: (
            _protocol_endpoint.ProtocolEndpoint.from_json(v)
            if (v := d.get("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        ),
        "user_info": lambda d: (
            _protocol_endpoint.ProtocolEndpoint.from_json(v)
            if (v := d.get("userInfo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProtocolEndpoints._json_names),
    }

    acs: ProtocolEndpoint | None | Unset = UNSET
    authorization: ProtocolEndpoint | None | Unset = UNSET
    jwks: ProtocolEndpoint | None | Unset = UNSET
    metadata: ProtocolEndpoint | None | Unset = UNSET
    slo: ProtocolEndpoint | None | Unset = UNSET
    sso: ProtocolEndpoint | None | Unset = UNSET
    token: ProtocolEndpoint | None | Unset = UNSET
    user_info: ProtocolEndpoint | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.acs is not UNSET:
            d["acs"] = _convert.dump_model(self.acs, omit_read_only)
        if self.authorization is not UNSET:
            d["authorization"] = _convert.dump_model(self.authorization, omit_read_only)
        if self.jwks is not UNSET:
            d["jwks"] = _convert.dump_model(self.jwks, omit_read_only)
        if self.metadata is not UNSET:
            d["metadata"] = _convert.dump_model(self.metadata, omit_read_only)
        if self.slo is not UNSET:
            d["slo"] = _convert.dump_model(self.slo, omit_read_only)
        if self.sso is not UNSET:
            d["sso"] = _convert.dump_model(self.sso, omit_read_only)
        if self.token is not UNSET:
            d["token"] = _convert.dump_model(self.token, omit_read_only)
        if self.user_info is not UNSET:
            d["userInfo"] = _convert.dump_model(self.user_info, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.acs = (
            _protocol_endpoint.ProtocolEndpoint.from_dict(v)
            if (v := d.pop("acs", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        )
        obj.authorization = (
            _protocol_endpoint.ProtocolEndpoint.from_dict(v)
            if (v := d.pop("authorization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        )
        obj.jwks = (
            _protocol_endpoint.ProtocolEndpoint.from_dict(v)
            if (v := d.pop("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        )
        obj.metadata = (
            _protocol_endpoint.ProtocolEndpoint.from_dict(v)
            if (v := d.pop("metadata", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        )
        obj.slo = (
            _protocol_endpoint.ProtocolEndpoint.from_dict(v)
            if (v := d.pop("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        )
        obj.sso = (
            _protocol_endpoint.ProtocolEndpoint.from_dict(v)
            if (v := d.pop("sso", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        )
        obj.token = (
            _protocol_endpoint.ProtocolEndpoint.from_dict(v)
            if (v := d.pop("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        )
        obj.user_info = (
            _protocol_endpoint.ProtocolEndpoint.from_dict(v)
            if (v := d.pop("userInfo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_protocol_endpoint.ProtocolEndpoint, v)
        )
        obj.additional_properties = d
        return obj
