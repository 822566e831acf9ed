from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import mtls_credentials as _mtls_credentials
from . import mtls_endpoints as _mtls_endpoints
from .protocol_mtls_type import ProtocolMtlsType

if TYPE_CHECKING:
    from typing import Self

    from .mtls_credentials import MtlsCredentials
    from .mtls_endpoints import MtlsEndpoints


@_attrs_define(kw_only=True)
class ProtocolMtls(OktaModel):
    """Mutual TLS Protocol

    Protocol settings for the [MTLS Protocol](https://tools.ietf.org/html/rfc5246#section-7.4.4)

    Attributes:
        credentials: Certificate chain description for verifying assertions from the Smart Card
        endpoints: MtlsEndpoints
        type_ (`type`): Mutual TLS
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credentials": "credentials",
        "endpoints": "endpoints",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credentials": "model",
        "endpoints": "model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credentials": lambda d: (
            _mtls_credentials.MtlsCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mtls_credentials.MtlsCredentials, v)
        ),
        "endpoints": lambda d: (
            _mtls_endpoints.MtlsEndpoints.from_json(v)
            if (v := d.get("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mtls_endpoints.MtlsEndpoints, v)
        ),
        "type_": lambda d: (
            _convert.parse_enum(ProtocolMtlsType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProtocolMtls._json_names),
    }

    credentials: MtlsCredentials | None | Unset = UNSET
    endpoints: MtlsEndpoints | None | Unset = UNSET
    type_: ProtocolMtlsType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.endpoints is not UNSET:
            d["endpoints"] = _convert.dump_model(self.endpoints, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.credentials = (
            _mtls_credentials.MtlsCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mtls_credentials.MtlsCredentials, v)
        )
        obj.endpoints = (
            _mtls_endpoints.MtlsEndpoints.from_dict(v)
            if (v := d.pop("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mtls_endpoints.MtlsEndpoints, v)
        )
        obj.type_ = _convert.parse_enum(ProtocolMtlsType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
