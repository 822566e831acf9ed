from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import inline_hook_request_object_url as _inline_hook_request_object_url

if TYPE_CHECKING:
    from typing import Self

    from .inline_hook_request_object_url import InlineHookRequestObjectUrl


def _parse_url(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _inline_hook_request_object_url.InlineHookRequestObjectUrl.from_json(v)
            if lazy
            else _inline_hook_request_object_url.InlineHookRequestObjectUrl.from_dict(v)
        )
    return _convert.parse_model(_inline_hook_request_object_url.InlineHookRequestObjectUrl, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class InlineHookRequestObject(OktaModel):
    """The API request that triggered the inline hook

    Attributes:
        id: The unique identifier that Okta assigned to the API request
        ip_address (`ipAddress`): The IP address of the client that made the API request
        method: The HTTP request method of the API request
        url: The URL of the API endpoint
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "ipAddress": "ip_address",
        "method": "method",
        "url": "url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "ip_address": "str",
        "method": "str",
        "url": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": ("id", None),
        "ip_address": ("ipAddress", None),
        "method": ("method", None),
        "url": ("url", _parse_url),
    }

    id: str | None = _attrs_field(init=False)
    ip_address: str | None = _attrs_field(init=False)
    method: str | None = _attrs_field(init=False)
    url: InlineHookRequestObjectUrl | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        ip_address: str | None | Unset = UNSET,
        method: str | None | Unset = UNSET,
        url: InlineHookRequestObjectUrl | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if ip_address is not UNSET:
            _set_field(self, "ip_address", ip_address)
        if method is not UNSET:
            _set_field(self, "method", method)
        if url is not UNSET:
            _set_field(self, "url", url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("ip_address", UNSET)) is not UNSET:
            d["ipAddress"] = v
        if (v := values.get("method", UNSET)) is not UNSET:
            d["method"] = v
        if (v := values.get("url", UNSET)) is not UNSET:
            d["url"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("ipAddress", UNSET)) is not UNSET:
            obj.ip_address = v
        if (v := d.pop("method", UNSET)) is not UNSET:
            obj.method = v
        if (v := d.pop("url", UNSET)) is not UNSET:
            obj.url = _parse_url(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
