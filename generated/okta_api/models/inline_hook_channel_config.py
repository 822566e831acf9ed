from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import inline_hook_channel_config_headers as _inline_hook_channel_config_headers

if TYPE_CHECKING:
    from typing import Self

    from .inline_hook_channel_config_headers import InlineHookChannelConfigHeaders


def _parse_headers(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _inline_hook_channel_config_headers.InlineHookChannelConfigHeaders.from_json
        if lazy
        else _inline_hook_channel_config_headers.InlineHookChannelConfigHeaders.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class InlineHookChannelConfig(OktaModel):
    """Properties of the communications channel that are used to contact your external service

    Attributes:
        headers: An optional list of key/value pairs for headers that you can send with the request to the
            external service
        method: The method of the Okta inline hook request
        uri: The external service endpoint that executes the inline hook handler. It must begin with
            `https://` and be reachable by Okta. No white space is allowed in the URI.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "headers": "headers",
        "method": "method",
        "uri": "uri",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "headers": "list:model",
        "method": "str",
        "uri": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "headers": ("headers", _parse_headers),
        "method": ("method", None),
        "uri": ("uri", None),
    }

    headers: list[InlineHookChannelConfigHeaders] | None = _attrs_field(init=False)
    method: str | None = _attrs_field(init=False)
    uri: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        headers: list[InlineHookChannelConfigHeaders] | None | Unset = UNSET,
        method: str | None | Unset = UNSET,
        uri: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if headers is not UNSET:
            _set_field(self, "headers", headers)
        if method is not UNSET:
            _set_field(self, "method", method)
        if uri is not UNSET:
            _set_field(self, "uri", uri)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("headers", UNSET)) is not UNSET:
            d["headers"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("method", UNSET)) is not UNSET:
            d["method"] = v
        if (v := values.get("uri", UNSET)) is not UNSET:
            d["uri"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("headers", UNSET)) is not UNSET:
            obj.headers = _parse_headers(v, False)
        if (v := d.pop("method", UNSET)) is not UNSET:
            obj.method = v
        if (v := d.pop("uri", UNSET)) is not UNSET:
            obj.uri = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
