from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import token_request_data as _token_request_data
from .inline_hook_base_payload import InlineHookBasePayload

if TYPE_CHECKING:
    from typing import Self

    from .token_request_data import TokenRequestData


@_attrs_define(kw_only=True)
class TokenRequest(InlineHookBasePayload):
    """Token inline hook request

    Attributes:
        cloud_event_version (`cloudEventVersion`): The inline hook cloud version
        content_type (`contentType`): The inline hook request header content
        event_id (`eventId`): The individual inline hook request ID
        event_time (`eventTime`): The time the inline hook request was sent
        event_type_version (`eventTypeVersion`): The inline hook version
        data: TokenRequestData
        event_type (`eventType`): The type of inline hook. The token inline hook type is `com.okta.oauth2.tokens.transform`.
        source: The URL of the token inline hook
    """

    _json_names: ClassVar[dict[str, str]] = {
        "cloudEventVersion": "cloud_event_version",
        "contentType": "content_type",
        "eventId": "event_id",
        "eventTime": "event_time",
        "eventTypeVersion": "event_type_version",
        "data": "data",
        "eventType": "event_type",
        "source": "source",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "cloud_event_version": "str",
        "content_type": "str",
        "event_id": "str",
        "event_time": "str",
        "event_type_version": "str",
        "data": "model",
        "event_type": "str",
        "source": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "cloud_event_version": "cloudEventVersion",
        "content_type": "contentType",
        "event_id": "eventId",
        "event_time": "eventTime",
        "event_type_version": "eventTypeVersion",
        "data": lambda d: (
            _token_request_data.TokenRequestData.from_json(v)
            if (v := d.get("data", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_request_data.TokenRequestData, v)
        ),
        "event_type": "eventType",
        "source": "source",
        "additional_properties": lambda d: _convert.undeclared(d, TokenRequest._json_names),
    }

    cloud_event_version: str | None | Unset = UNSET
    content_type: str | None | Unset = UNSET
    event_id: str | None | Unset = UNSET
    event_time: str | None | Unset = UNSET
    event_type_version: str | None | Unset = UNSET
    data: TokenRequestData | None | Unset = UNSET
    event_type: str | None | Unset = UNSET
    source: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.cloud_event_version is not UNSET:
            d["cloudEventVersion"] = self.cloud_event_version
        if self.content_type is not UNSET:
            d["contentType"] = self.content_type
        if self.event_id is not UNSET:
            d["eventId"] = self.event_id
        if self.event_time is not UNSET:
            d["eventTime"] = self.event_time
        if self.event_type_version is not UNSET:
            d["eventTypeVersion"] = self.event_type_version
        if self.data is not UNSET:
            d["data"] = _convert.dump_model(self.data, omit_read_only)
        if self.event_type is not UNSET:
            d["eventType"] = self.event_type
        if self.source is not UNSET:
            d["source"] = self.source
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.cloud_event_version = d.pop("cloudEventVersion", UNSET)
        obj.content_type = d.pop("contentType", UNSET)
        obj.event_id = d.pop("eventId", UNSET)
        obj.event_time = d.pop("eventTime", UNSET)
        obj.event_type_version = d.pop("eventTypeVersion", UNSET)
        obj.data = (
            _token_request_data.TokenRequestData.from_dict(v)
            if (v := d.pop("data", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_request_data.TokenRequestData, v)
        )
        obj.event_type = d.pop("eventType", UNSET)
        obj.source = d.pop("source", UNSET)
        obj.additional_properties = d
        return obj
