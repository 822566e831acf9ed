from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import inline_hook_request_object_url as _inline_hook_request_object_url

if TYPE_CHECKING:
    from typing import Self

    from .inline_hook_request_object_url import InlineHookRequestObjectUrl


@_attrs_define(kw_only=True)
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
        "id": "id",
        "ip_address": "ipAddress",
        "method": "method",
        "url": lambda d: (
            _inline_hook_request_object_url.InlineHookRequestObjectUrl.from_json(v)
            if (v := d.get("url", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_request_object_url.InlineHookRequestObjectUrl, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, InlineHookRequestObject._json_names),
    }

    id: str | None | Unset = UNSET
    ip_address: str | None | Unset = UNSET
    method: str | None | Unset = UNSET
    url: InlineHookRequestObjectUrl | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.ip_address is not UNSET:
            d["ipAddress"] = self.ip_address
        if self.method is not UNSET:
            d["method"] = self.method
        if self.url is not UNSET:
            d["url"] = _convert.dump_model(self.url, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.ip_address = d.pop("ipAddress", UNSET)
        obj.method = d.pop("method", UNSET)
        obj.url = (
            _inline_hook_request_object_url.InlineHookRequestObjectUrl.from_dict(v)
            if (v := d.pop("url", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inline_hook_request_object_url.InlineHookRequestObjectUrl, v)
        )
        obj.additional_properties = d
        return obj
