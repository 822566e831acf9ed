from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .event_hook_channel_config_auth_scheme_type import EventHookChannelConfigAuthSchemeType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(EventHookChannelConfigAuthSchemeType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "key": ("key", None),
        "type_": ("type", _parse_type_),
        "value": ("value", None),
    }

    key: str | None = _attrs_field(init=False)
    type_: EventHookChannelConfigAuthSchemeType | None = _attrs_field(init=False)
    value: str | None = _attrs_field(init=False, repr=_convert.masked)

    def __init__(
        self,
        *,
        key: str | None | Unset = UNSET,
        type_: EventHookChannelConfigAuthSchemeType | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if key is not UNSET:
            _set_field(self, "key", key)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("key", UNSET)) is not UNSET:
            d["key"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("key", UNSET)) is not UNSET:
            obj.key = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
