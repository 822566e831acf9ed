from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import event_hook_channel_config_auth_scheme as _event_hook_channel_config_auth_scheme
from . import event_hook_channel_config_header as _event_hook_channel_config_header

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_channel_config_auth_scheme import EventHookChannelConfigAuthScheme
    from .event_hook_channel_config_header import EventHookChannelConfigHeader


@_attrs_define(kw_only=True)
class EventHookChannelConfig(OktaModel):
    """An Okta `EventHookChannelConfig`.

    Attributes:
        uri: The external service endpoint called to execute the event hook handler
        auth_scheme (`authScheme`): The authentication scheme used for this request.

            To use Basic Auth for authentication, set `type` to `HEADER`,
            `key` to `Authorization`, and `value` to the Base64-encoded string of "username:password".
            Ensure that you include
            the scheme (including space) as part of the `value` parameter. For example, `Basic
            YWRtaW46c3VwZXJzZWNyZXQ=`.
        headers: Optional list of key/value pairs for headers that can be sent with the request to the
            external service. For example,
            `X-Other-Header` is an example of an optional header, with a value of `my-header-value`,
            that you want Okta to pass to your
            external service.
        method (read-only, never sent): The method of the Okta event hook request
    """

    _json_names: ClassVar[dict[str, str]] = {
        "uri": "uri",
        "authScheme": "auth_scheme",
        "headers": "headers",
        "method": "method",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "uri": "str",
        "auth_scheme": "model",
        "headers": "list:model",
        "method": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "uri": "uri",
        "auth_scheme": lambda d: (
            _event_hook_channel_config_auth_scheme.EventHookChannelConfigAuthScheme.from_json(v)
            if (v := d.get("authScheme", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_channel_config_auth_scheme.EventHookChannelConfigAuthScheme, v)
        ),
        "headers": lambda d: _convert.parse_model_list(
            _event_hook_channel_config_header.EventHookChannelConfigHeader.from_json, d.get("headers", UNSET)
        ),
        "method": "method",
        "additional_properties": lambda d: _convert.undeclared(d, EventHookChannelConfig._json_names),
    }

    uri: str | None | Unset
    auth_scheme: EventHookChannelConfigAuthScheme | None | Unset = UNSET
    headers: list[EventHookChannelConfigHeader] | None | Unset = UNSET
    method: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.uri is not UNSET:
            d["uri"] = self.uri
        if self.auth_scheme is not UNSET:
            d["authScheme"] = _convert.dump_model(self.auth_scheme, omit_read_only)
        if self.headers is not UNSET:
            d["headers"] = _convert.dump_model_list(self.headers, omit_read_only)
        if self.method is not UNSET and not omit_read_only:
            d["method"] = self.method
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.uri = d.pop("uri", UNSET)
        obj.auth_scheme = (
            _event_hook_channel_config_auth_scheme.EventHookChannelConfigAuthScheme.from_dict(v)
            if (v := d.pop("authScheme", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_event_hook_channel_config_auth_scheme.EventHookChannelConfigAuthScheme, v)
        )
        obj.headers = _convert.parse_model_list(
            _event_hook_channel_config_header.EventHookChannelConfigHeader.from_dict, d.pop("headers", UNSET)
        )
        obj.method = d.pop("method", UNSET)
        obj.additional_properties = d
        return obj
