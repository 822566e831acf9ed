from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import stream_configuration_delivery as _stream_configuration_delivery
from .stream_configuration_create_request_format import StreamConfigurationCreateRequestFormat

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


_parse_format_ = _convert.enum_parser(StreamConfigurationCreateRequestFormat)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "delivery": ("delivery", _parse_delivery),
        "events_requested": ("events_requested", None),
        "format_": ("format", _parse_format_),
    }

    delivery: StreamConfigurationDelivery | None = _attrs_field(init=False)
    events_requested: list[str] | None = _attrs_field(init=False)
    format_: StreamConfigurationCreateRequestFormat | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        delivery: StreamConfigurationDelivery | None | Unset,
        events_requested: list[str] | None | Unset,
        format_: StreamConfigurationCreateRequestFormat | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if delivery is not UNSET:
            _set_field(self, "delivery", delivery)
        if events_requested is not UNSET:
            _set_field(self, "events_requested", events_requested)
        if format_ is not UNSET:
            _set_field(self, "format_", format_)
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
        if (v := values.get("format_", UNSET)) is not UNSET:
            d["format"] = v
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
        if (v := d.pop("format", UNSET)) is not UNSET:
            obj.format_ = _parse_format_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
