from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import stream_configuration_delivery as _stream_configuration_delivery
from .stream_configuration_create_request_format import StreamConfigurationCreateRequestFormat

if TYPE_CHECKING:
    from typing import Self

    from .stream_configuration_delivery import StreamConfigurationDelivery


@_attrs_define(kw_only=True)
class StreamConfigurationCreateRequest(OktaModel):
    """Stream configuration create request

    Attributes:
        delivery: Contains information about the intended SET delivery method by the receiver
        events_requested: The events (mapped by the array of event type URIs) that the receiver wants to receive
        format_ (`format`): The subject identifier format expected for any SET transmitted.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "delivery": "delivery",
        "events_requested": "events_requested",
        "format": "format_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "delivery": "model",
        "events_requested": "list:str",
        "format_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "delivery": lambda d: (
            _stream_configuration_delivery.StreamConfigurationDelivery.from_json(v)
            if (v := d.get("delivery", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_stream_configuration_delivery.StreamConfigurationDelivery, v)
        ),
        "events_requested": "events_requested",
        "format_": lambda d: (
            _convert.parse_enum(StreamConfigurationCreateRequestFormat, v)
            if (v := d.get("format", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, StreamConfigurationCreateRequest._json_names),
    }

    delivery: StreamConfigurationDelivery | None | Unset
    events_requested: list[str] | None | Unset
    format_: StreamConfigurationCreateRequestFormat | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.delivery is not UNSET:
            d["delivery"] = _convert.dump_model(self.delivery, omit_read_only)
        if self.events_requested is not UNSET:
            d["events_requested"] = self.events_requested
        if self.format_ is not UNSET:
            d["format"] = self.format_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.delivery = (
            _stream_configuration_delivery.StreamConfigurationDelivery.from_dict(v)
            if (v := d.pop("delivery", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_stream_configuration_delivery.StreamConfigurationDelivery, v)
        )
        obj.events_requested = d.pop("events_requested", UNSET)
        obj.format_ = (
            _convert.parse_enum(StreamConfigurationCreateRequestFormat, v)
            if (v := d.pop("format", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
