from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import mtls_credentials as _mtls_credentials
from . import mtls_endpoints as _mtls_endpoints
from .protocol_mtls_type import ProtocolMtlsType

if TYPE_CHECKING:
    from typing import Self

    from .mtls_credentials import MtlsCredentials
    from .mtls_endpoints import MtlsEndpoints


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _mtls_credentials.MtlsCredentials.from_json(v) if lazy else _mtls_credentials.MtlsCredentials.from_dict(v)
        )
    return _convert.parse_model(_mtls_credentials.MtlsCredentials, v)


def _parse_endpoints(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _mtls_endpoints.MtlsEndpoints.from_json(v) if lazy else _mtls_endpoints.MtlsEndpoints.from_dict(v)
    return _convert.parse_model(_mtls_endpoints.MtlsEndpoints, v)


_parse_type_ = _convert.enum_parser(ProtocolMtlsType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "credentials": ("credentials", _parse_credentials),
        "endpoints": ("endpoints", _parse_endpoints),
        "type_": ("type", _parse_type_),
    }

    credentials: MtlsCredentials | None = _attrs_field(init=False)
    endpoints: MtlsEndpoints | None = _attrs_field(init=False)
    type_: ProtocolMtlsType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        credentials: MtlsCredentials | None | Unset = UNSET,
        endpoints: MtlsEndpoints | None | Unset = UNSET,
        type_: ProtocolMtlsType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if endpoints is not UNSET:
            _set_field(self, "endpoints", endpoints)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("endpoints", UNSET)) is not UNSET:
            d["endpoints"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("endpoints", UNSET)) is not UNSET:
            obj.endpoints = _parse_endpoints(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
