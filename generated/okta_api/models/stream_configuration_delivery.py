from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .stream_configuration_delivery_method import StreamConfigurationDeliveryMethod

if TYPE_CHECKING:
    from typing import Self


_parse_method = _convert.enum_parser(StreamConfigurationDeliveryMethod)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class StreamConfigurationDelivery(OktaModel):
    """Stream configuration delivery

    Contains information about the intended SET delivery method by the receiver

    Attributes:
        endpoint_url: The target endpoint URL where the transmitter delivers the SET using HTTP POST requests
        method: The delivery method that the transmitter uses for delivering a SET
        authorization_header: The HTTP authorization header that's included for each HTTP POST request
    """

    _json_names: ClassVar[dict[str, str]] = {
        "endpoint_url": "endpoint_url",
        "method": "method",
        "authorization_header": "authorization_header",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "endpoint_url": "str",
        "method": "enum",
        "authorization_header": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "endpoint_url": ("endpoint_url", None),
        "method": ("method", _parse_method),
        "authorization_header": ("authorization_header", None),
    }

    endpoint_url: str | None = _attrs_field(init=False)
    method: StreamConfigurationDeliveryMethod | None = _attrs_field(init=False)
    authorization_header: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        endpoint_url: str | None | Unset,
        method: StreamConfigurationDeliveryMethod | None | Unset,
        authorization_header: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if endpoint_url is not UNSET:
            _set_field(self, "endpoint_url", endpoint_url)
        if method is not UNSET:
            _set_field(self, "method", method)
        if authorization_header is not UNSET:
            _set_field(self, "authorization_header", authorization_header)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("endpoint_url", UNSET)) is not UNSET:
            d["endpoint_url"] = v
        if (v := values.get("method", UNSET)) is not UNSET:
            d["method"] = v
        if (v := values.get("authorization_header", UNSET)) is not UNSET:
            d["authorization_header"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("endpoint_url", UNSET)) is not UNSET:
            obj.endpoint_url = v
        if (v := d.pop("method", UNSET)) is not UNSET:
            obj.method = _parse_method(v, False)
        if (v := d.pop("authorization_header", UNSET)) is not UNSET:
            obj.authorization_header = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
