from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import stream_configuration_delivery as _stream_configuration_delivery
from .stream_configuration_format import StreamConfigurationFormat

if TYPE_CHECKING:
    from typing import Self

    from .stream_configuration_delivery import StreamConfigurationDelivery


@_attrs_define(kw_only=True)
class StreamConfiguration(OktaModel):
    """Stream configuration

    Attributes:
        delivery: Contains information about the intended SET delivery method by the receiver
        events_requested: The events (mapped by the array of event type URIs) that the receiver wants to receive
        aud: The audience used in the SET. This value is set as `aud` in the claim.

            A read-only parameter that is set by the transmitter. If this parameter is included in the
            request, the value must match the expected value from the transmitter.
        events_delivered: The events (mapped by the array of event type URIs) that the transmitter actually delivers
            to the SSF stream.

            A read-only parameter that is set by the transmitter. If this parameter is included in the
            request, the value must match the expected value from the transmitter.
        events_supported: An array of event type URIs that the transmitter supports.

            A read-only parameter that is set by the transmitter. If this parameter is included in the
            request, the value must match the expected value from the transmitter.
        format_ (`format`): The subject identifier format expected for any SET transmitted.
        iss: The issuer used in security event tokens (SETs). This value is set as `iss` in the claim.

            A read-only parameter that is set by the transmitter. If this parameter is included in the
            request, the value must match the expected value from the transmitter.
        min_verification_interval: The minimum amount of time, in seconds, between two verification requests.

            A read-only parameter that is set by the transmitter. If this parameter is included in the
            request, the value must match the expected value from the transmitter.
        stream_id: The ID of the SSF stream configuration
    """

    _json_names: ClassVar[dict[str, str]] = {
        "delivery": "delivery",
        "events_requested": "events_requested",
        "aud": "aud",
        "events_delivered": "events_delivered",
        "events_supported": "events_supported",
        "format": "format_",
        "iss": "iss",
        "min_verification_interval": "min_verification_interval",
        "stream_id": "stream_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "delivery": "model",
        "events_requested": "list:str",
        "aud": "any",
        "events_delivered": "list:str",
        "events_supported": "list:str",
        "format_": "enum",
        "iss": "str",
        "min_verification_interval": "int",
        "stream_id": "str",
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
        "aud": "aud",
        "events_delivered": "events_delivered",
        "events_supported": "events_supported",
        "format_": lambda d: (
            _convert.parse_enum(StreamConfigurationFormat, v) if (v := d.get("format", UNSET)).__class__ is str else v
        ),
        "iss": "iss",
        "min_verification_interval": "min_verification_interval",
        "stream_id": "stream_id",
        "additional_properties": lambda d: _convert.undeclared(d, StreamConfiguration._json_names),
    }

    delivery: StreamConfigurationDelivery | None | Unset
    events_requested: list[str] | None | Unset
    aud: str | list[str] | None | Unset = UNSET
    events_delivered: list[str] | None | Unset = UNSET
    events_supported: list[str] | None | Unset = UNSET
    format_: StreamConfigurationFormat | None | Unset = UNSET
    iss: str | None | Unset = UNSET
    min_verification_interval: int | None | Unset = UNSET
    stream_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.delivery is not UNSET:
            d["delivery"] = _convert.dump_model(self.delivery, omit_read_only)
        if self.events_requested is not UNSET:
            d["events_requested"] = self.events_requested
        if self.aud is not UNSET:
            d["aud"] = _convert.dump_value(self.aud, omit_read_only)
        if self.events_delivered is not UNSET:
            d["events_delivered"] = self.events_delivered
        if self.events_supported is not UNSET:
            d["events_supported"] = self.events_supported
        if self.format_ is not UNSET:
            d["format"] = self.format_
        if self.iss is not UNSET:
            d["iss"] = self.iss
        if self.min_verification_interval is not UNSET:
            d["min_verification_interval"] = self.min_verification_interval
        if self.stream_id is not UNSET:
            d["stream_id"] = self.stream_id
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
        obj.aud = d.pop("aud", UNSET)
        obj.events_delivered = d.pop("events_delivered", UNSET)
        obj.events_supported = d.pop("events_supported", UNSET)
        obj.format_ = (
            _convert.parse_enum(StreamConfigurationFormat, v) if (v := d.pop("format", UNSET)).__class__ is str else v
        )
        obj.iss = d.pop("iss", UNSET)
        obj.min_verification_interval = d.pop("min_verification_interval", UNSET)
        obj.stream_id = d.pop("stream_id", UNSET)
        obj.additional_properties = d
        return obj
