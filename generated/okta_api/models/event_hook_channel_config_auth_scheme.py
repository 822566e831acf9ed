from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .event_hook_channel_config_auth_scheme_type import EventHookChannelConfigAuthSchemeType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class EventHookChannelConfigAuthScheme(OktaModel):
    """The authentication scheme used for this request.

    To use Basic Auth for authentication, set `type` to `HEADER`,
    `key` to `Authorization`, and `value` to the Base64-encoded string of "username:password". Ensure
    that you include
    the scheme (including space) as part of the `value` parameter. For example, `Basic
    YWRtaW46c3VwZXJzZWNyZXQ=`.

    Attributes:
        key: The name for the authorization header
        type_ (`type`): The authentication scheme type. Currently only supports `HEADER`.
        value: The header value. This secret key is passed to your external service endpoint for security
            verification.
            This property is not returned in the response.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "type": "type_",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "key": "str",
        "type_": "enum",
        "value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "key": "key",
        "type_": lambda d: (
            _convert.parse_enum(EventHookChannelConfigAuthSchemeType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "value": "value",
        "additional_properties": lambda d: _convert.undeclared(d, EventHookChannelConfigAuthScheme._json_names),
    }

    key: str | None | Unset = UNSET
    type_: EventHookChannelConfigAuthSchemeType | None | Unset = UNSET
    value: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.key is not UNSET:
            d["key"] = self.key
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.value is not UNSET:
            d["value"] = self.value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.key = d.pop("key", UNSET)
        obj.type_ = (
            _convert.parse_enum(EventHookChannelConfigAuthSchemeType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.value = d.pop("value", UNSET)
        obj.additional_properties = d
        return obj
