from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import registration_inline_hook_ssr_data_data as _registration_inline_hook_ssr_data_data
from .registration_inline_hook_request import RegistrationInlineHookRequest
from .registration_inline_hook_request_type import RegistrationInlineHookRequestType

if TYPE_CHECKING:
    from typing import Self

    from .registration_inline_hook_ssr_data_data import RegistrationInlineHookSSRDataData


_parse_request_type = _convert.enum_parser(RegistrationInlineHookRequestType)


def _parse_data(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _registration_inline_hook_ssr_data_data.RegistrationInlineHookSSRDataData.from_json(v)
            if lazy
            else _registration_inline_hook_ssr_data_data.RegistrationInlineHookSSRDataData.from_dict(v)
        )
    return _convert.parse_model(_registration_inline_hook_ssr_data_data.RegistrationInlineHookSSRDataData, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RegistrationInlineHookSSRData(RegistrationInlineHookRequest):
    """An Okta `RegistrationInlineHookSSRData`.

    Attributes:
        event_type (`eventType`): The type of inline hook. The registration inline hook type is
            `com.okta.user.pre-registration`.
        request_type (`requestType`): The type of registration hook. Use either `self.service.registration` or
            `progressive.profile`.
        source: The ID of the registration inline hook
        cloud_event_version (`cloudEventVersion`): The inline hook cloud version
        content_type (`contentType`): The inline hook request header content
        event_id (`eventId`): The individual inline hook request ID
        event_time (`eventTime`): The time the inline hook request was sent
        event_type_version (`eventTypeVersion`): The inline hook version
        data: RegistrationInlineHookSSRDataData
    """

    _json_names: ClassVar[dict[str, str]] = {
        "eventType": "event_type",
        "requestType": "request_type",
        "source": "source",
        "cloudEventVersion": "cloud_event_version",
        "contentType": "content_type",
        "eventId": "event_id",
        "eventTime": "event_time",
        "eventTypeVersion": "event_type_version",
        "data": "data",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "event_type": "str",
        "request_type": "enum",
        "source": "str",
        "cloud_event_version": "str",
        "content_type": "str",
        "event_id": "str",
        "event_time": "str",
        "event_type_version": "str",
        "data": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "event_type": ("eventType", None),
        "request_type": ("requestType", _parse_request_type),
        "source": ("source", None),
        "cloud_event_version": ("cloudEventVersion", None),
        "content_type": ("contentType", None),
        "event_id": ("eventId", None),
        "event_time": ("eventTime", None),
        "event_type_version": ("eventTypeVersion", None),
        "data": ("data", _parse_data),
    }

    event_type: str | None = _attrs_field(init=False)
    request_type: RegistrationInlineHookRequestType | None = _attrs_field(init=False)
    source: str | None = _attrs_field(init=False)
    cloud_event_version: str | None = _attrs_field(init=False)
    content_type: str | None = _attrs_field(init=False)
    event_id: str | None = _attrs_field(init=False)
    event_time: str | None = _attrs_field(init=False)
    event_type_version: str | None = _attrs_field(init=False)
    data: RegistrationInlineHookSSRDataData | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        event_type: str | None | Unset = UNSET,
        request_type: RegistrationInlineHookRequestType | None | Unset = RegistrationInlineHookRequestType(
            "self.service.registration"
        ),
        source: str | None | Unset = UNSET,
        cloud_event_version: str | None | Unset = UNSET,
        content_type: str | None | Unset = UNSET,
        event_id: str | None | Unset = UNSET,
        event_time: str | None | Unset = UNSET,
        event_type_version: str | None | Unset = UNSET,
        data: RegistrationInlineHookSSRDataData | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if event_type is not UNSET:
            _set_field(self, "event_type", event_type)
        if request_type is not UNSET:
            _set_field(self, "request_type", request_type)
        if source is not UNSET:
            _set_field(self, "source", source)
        if cloud_event_version is not UNSET:
            _set_field(self, "cloud_event_version", cloud_event_version)
        if content_type is not UNSET:
            _set_field(self, "content_type", content_type)
        if event_id is not UNSET:
            _set_field(self, "event_id", event_id)
        if event_time is not UNSET:
            _set_field(self, "event_time", event_time)
        if event_type_version is not UNSET:
            _set_field(self, "event_type_version", event_type_version)
        if data is not UNSET:
            _set_field(self, "data", data)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("event_type", UNSET)) is not UNSET:
            d["eventType"] = v
        if (v := values.get("request_type", UNSET)) is not UNSET:
            d["requestType"] = v
        if (v := values.get("source", UNSET)) is not UNSET:
            d["source"] = v
        if (v := values.get("cloud_event_version", UNSET)) is not UNSET:
            d["cloudEventVersion"] = v
        if (v := values.get("content_type", UNSET)) is not UNSET:
            d["contentType"] = v
        if (v := values.get("event_id", UNSET)) is not UNSET:
            d["eventId"] = v
        if (v := values.get("event_time", UNSET)) is not UNSET:
            d["eventTime"] = v
        if (v := values.get("event_type_version", UNSET)) is not UNSET:
            d["eventTypeVersion"] = v
        if (v := values.get("data", UNSET)) is not UNSET:
            d["data"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("eventType", UNSET)) is not UNSET:
            obj.event_type = v
        if (v := d.pop("requestType", UNSET)) is not UNSET:
            obj.request_type = _parse_request_type(v, False)
        if (v := d.pop("source", UNSET)) is not UNSET:
            obj.source = v
        if (v := d.pop("cloudEventVersion", UNSET)) is not UNSET:
            obj.cloud_event_version = v
        if (v := d.pop("contentType", UNSET)) is not UNSET:
            obj.content_type = v
        if (v := d.pop("eventId", UNSET)) is not UNSET:
            obj.event_id = v
        if (v := d.pop("eventTime", UNSET)) is not UNSET:
            obj.event_time = v
        if (v := d.pop("eventTypeVersion", UNSET)) is not UNSET:
            obj.event_type_version = v
        if (v := d.pop("data", UNSET)) is not UNSET:
            obj.data = _parse_data(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
