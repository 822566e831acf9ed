from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .stream_configuration_delivery_method import StreamConfigurationDeliveryMethod

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "endpoint_url": "endpoint_url",
        "method": lambda d: (
            _convert.parse_enum(StreamConfigurationDeliveryMethod, v)
            if (v := d.get("method", UNSET)).__class__ is str
            else v
        ),
        "authorization_header": "authorization_header",
        "additional_properties": lambda d: _convert.undeclared(d, StreamConfigurationDelivery._json_names),
    }

    endpoint_url: str | None | Unset
    method: StreamConfigurationDeliveryMethod | None | Unset
    authorization_header: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.endpoint_url is not UNSET:
            d["endpoint_url"] = self.endpoint_url
        if self.method is not UNSET:
            d["method"] = self.method
        if self.authorization_header is not UNSET:
            d["authorization_header"] = self.authorization_header
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.endpoint_url = d.pop("endpoint_url", UNSET)
        obj.method = (
            _convert.parse_enum(StreamConfigurationDeliveryMethod, v)
            if (v := d.pop("method", UNSET)).__class__ is str
            else v
        )
        obj.authorization_header = d.pop("authorization_header", UNSET)
        obj.additional_properties = d
        return obj
