from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import event_hook_channel_config_auth_scheme as _event_hook_channel_config_auth_scheme
from . import event_hook_channel_config_header as _event_hook_channel_config_header

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_channel_config_auth_scheme import EventHookChannelConfigAuthScheme
    from .event_hook_channel_config_header import EventHookChannelConfigHeader


def _parse_auth_scheme(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _event_hook_channel_config_auth_scheme.EventHookChannelConfigAuthScheme.from_json(v)
            if lazy
            else _event_hook_channel_config_auth_scheme.EventHookChannelConfigAuthScheme.from_dict(v)
        )
    return _convert.parse_model(_event_hook_channel_config_auth_scheme.EventHookChannelConfigAuthScheme, v)


def _parse_headers(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _event_hook_channel_config_header.EventHookChannelConfigHeader.from_json
        if lazy
        else _event_hook_channel_config_header.EventHookChannelConfigHeader.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "uri": ("uri", None),
        "auth_scheme": ("authScheme", _parse_auth_scheme),
        "headers": ("headers", _parse_headers),
        "method": ("method", None),
    }

    uri: str | None = _attrs_field(init=False)
    auth_scheme: EventHookChannelConfigAuthScheme | None = _attrs_field(init=False)
    headers: list[EventHookChannelConfigHeader] | None = _attrs_field(init=False)
    method: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        uri: str | None | Unset,
        auth_scheme: EventHookChannelConfigAuthScheme | None | Unset = UNSET,
        headers: list[EventHookChannelConfigHeader] | None | Unset = UNSET,
        method: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if uri is not UNSET:
            _set_field(self, "uri", uri)
        if auth_scheme is not UNSET:
            _set_field(self, "auth_scheme", auth_scheme)
        if headers is not UNSET:
            _set_field(self, "headers", headers)
        if method is not UNSET:
            _set_field(self, "method", method)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("uri", UNSET)) is not UNSET:
            d["uri"] = v
        if (v := values.get("auth_scheme", UNSET)) is not UNSET:
            d["authScheme"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("headers", UNSET)) is not UNSET:
            d["headers"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("method", UNSET)) is not UNSET and not omit_read_only:
            d["method"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("uri", UNSET)) is not UNSET:
            obj.uri = v
        if (v := d.pop("authScheme", UNSET)) is not UNSET:
            obj.auth_scheme = _parse_auth_scheme(v, False)
        if (v := d.pop("headers", UNSET)) is not UNSET:
            obj.headers = _parse_headers(v, False)
        if (v := d.pop("method", UNSET)) is not UNSET:
            obj.method = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
