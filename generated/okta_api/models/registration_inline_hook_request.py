from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .registration_inline_hook_request_type import RegistrationInlineHookRequestType

if TYPE_CHECKING:
    from typing import Self


_parse_request_type = _convert.enum_parser(RegistrationInlineHookRequestType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RegistrationInlineHookRequest(OktaModel):
    """Registration inline hook request

    Attributes:
        event_type (`eventType`): The type of inline hook. The registration inline hook type is
            `com.okta.user.pre-registration`.
        request_type (`requestType`): The type of registration hook. Use either `self.service.registration` or
            `progressive.profile`.
        source: The ID of the registration inline hook
    """

    _json_names: ClassVar[dict[str, str]] = {
        "eventType": "event_type",
        "requestType": "request_type",
        "source": "source",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "event_type": "str",
        "request_type": "enum",
        "source": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "event_type": ("eventType", None),
        "request_type": ("requestType", _parse_request_type),
        "source": ("source", None),
    }
    _discriminator: ClassVar[str] = "requestType"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "progressive.profile": ("registration_inline_hook_pp_data", "RegistrationInlineHookPPData"),
        "self.service.registration": ("registration_inline_hook_ssr_data", "RegistrationInlineHookSSRData"),
    }

    event_type: str | None = _attrs_field(init=False)
    request_type: RegistrationInlineHookRequestType | None = _attrs_field(init=False)
    source: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        event_type: str | None | Unset = UNSET,
        request_type: RegistrationInlineHookRequestType | None | Unset = UNSET,
        source: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if event_type is not UNSET:
            _set_field(self, "event_type", event_type)
        if request_type is not UNSET:
            _set_field(self, "request_type", request_type)
        if source is not UNSET:
            _set_field(self, "source", source)
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
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is RegistrationInlineHookRequest:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("eventType", UNSET)) is not UNSET:
            obj.event_type = v
        if (v := d.pop("requestType", UNSET)) is not UNSET:
            obj.request_type = _parse_request_type(v, False)
        if (v := d.pop("source", UNSET)) is not UNSET:
            obj.source = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is RegistrationInlineHookRequest and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
