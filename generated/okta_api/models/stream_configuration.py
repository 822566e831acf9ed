from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import stream_configuration_delivery as _stream_configuration_delivery
from .stream_configuration_format import StreamConfigurationFormat

if TYPE_CHECKING:
    from typing import Self

    from .stream_configuration_delivery import StreamConfigurationDelivery


def _parse_delivery(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _stream_configuration_delivery.StreamConfigurationDelivery.from_json(v)
            if lazy
            else _stream_configuration_delivery.StreamConfigurationDelivery.from_dict(v)
        )
    return _convert.parse_model(_stream_configuration_delivery.StreamConfigurationDelivery, v)


_parse_format_ = _convert.enum_parser(StreamConfigurationFormat)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "delivery": ("delivery", _parse_delivery),
        "events_requested": ("events_requested", None),
        "aud": ("aud", None),
        "events_delivered": ("events_delivered", None),
        "events_supported": ("events_supported", None),
        "format_": ("format", _parse_format_),
        "iss": ("iss", None),
        "min_verification_interval": ("min_verification_interval", None),
        "stream_id": ("stream_id", None),
    }

    delivery: StreamConfigurationDelivery | None = _attrs_field(init=False)
    events_requested: list[str] | None = _attrs_field(init=False)
    aud: str | list[str] | None = _attrs_field(init=False)
    events_delivered: list[str] | None = _attrs_field(init=False)
    events_supported: list[str] | None = _attrs_field(init=False)
    format_: StreamConfigurationFormat | None = _attrs_field(init=False)
    iss: str | None = _attrs_field(init=False)
    min_verification_interval: int | None = _attrs_field(init=False)
    stream_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        delivery: StreamConfigurationDelivery | None | Unset,
        events_requested: list[str] | None | Unset,
        aud: str | list[str] | None | Unset = UNSET,
        events_delivered: list[str] | None | Unset = UNSET,
        events_supported: list[str] | None | Unset = UNSET,
        format_: StreamConfigurationFormat | None | Unset = UNSET,
        iss: str | None | Unset = UNSET,
        min_verification_interval: int | None | Unset = UNSET,
        stream_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if delivery is not UNSET:
            _set_field(self, "delivery", delivery)
        if events_requested is not UNSET:
            _set_field(self, "events_requested", events_requested)
        if aud is not UNSET:
            _set_field(self, "aud", aud)
        if events_delivered is not UNSET:
            _set_field(self, "events_delivered", events_delivered)
        if events_supported is not UNSET:
            _set_field(self, "events_supported", events_supported)
        if format_ is not UNSET:
            _set_field(self, "format_", format_)
        if iss is not UNSET:
            _set_field(self, "iss", iss)
        if min_verification_interval is not UNSET:
            _set_field(self, "min_verification_interval", min_verification_interval)
        if stream_id is not UNSET:
            _set_field(self, "stream_id", stream_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("delivery", UNSET)) is not UNSET:
            d["delivery"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("events_requested", UNSET)) is not UNSET:
            d["events_requested"] = v
        if (v := values.get("aud", UNSET)) is not UNSET:
            d["aud"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("events_delivered", UNSET)) is not UNSET:
            d["events_delivered"] = v
        if (v := values.get("events_supported", UNSET)) is not UNSET:
            d["events_supported"] = v
        if (v := values.get("format_", UNSET)) is not UNSET:
            d["format"] = v
        if (v := values.get("iss", UNSET)) is not UNSET:
            d["iss"] = v
        if (v := values.get("min_verification_interval", UNSET)) is not UNSET:
            d["min_verification_interval"] = v
        if (v := values.get("stream_id", UNSET)) is not UNSET:
            d["stream_id"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("delivery", UNSET)) is not UNSET:
            obj.delivery = _parse_delivery(v, False)
        if (v := d.pop("events_requested", UNSET)) is not UNSET:
            obj.events_requested = v
        if (v := d.pop("aud", UNSET)) is not UNSET:
            obj.aud = v
        if (v := d.pop("events_delivered", UNSET)) is not UNSET:
            obj.events_delivered = v
        if (v := d.pop("events_supported", UNSET)) is not UNSET:
            obj.events_supported = v
        if (v := d.pop("format", UNSET)) is not UNSET:
            obj.format_ = _parse_format_(v, False)
        if (v := d.pop("iss", UNSET)) is not UNSET:
            obj.iss = v
        if (v := d.pop("min_verification_interval", UNSET)) is not UNSET:
            obj.min_verification_interval = v
        if (v := d.pop("stream_id", UNSET)) is not UNSET:
            obj.stream_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
