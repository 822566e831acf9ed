from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .registration_inline_hook_request_type import RegistrationInlineHookRequestType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "event_type": "eventType",
        "request_type": lambda d: (
            _convert.parse_enum(RegistrationInlineHookRequestType, v)
            if (v := d.get("requestType", UNSET)).__class__ is str
            else v
        ),
        "source": "source",
        "additional_properties": lambda d: _convert.undeclared(d, RegistrationInlineHookRequest._json_names),
    }
    _discriminator: ClassVar[str] = "requestType"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "progressive.profile": ("registration_inline_hook_pp_data", "RegistrationInlineHookPPData"),
        "self.service.registration": ("registration_inline_hook_ssr_data", "RegistrationInlineHookSSRData"),
    }

    event_type: str | None | Unset = UNSET
    request_type: RegistrationInlineHookRequestType | None | Unset = UNSET
    source: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.event_type is not UNSET:
            d["eventType"] = self.event_type
        if self.request_type is not UNSET:
            d["requestType"] = self.request_type
        if self.source is not UNSET:
            d["source"] = self.source
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
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.event_type = d.pop("eventType", UNSET)
        obj.request_type = (
            _convert.parse_enum(RegistrationInlineHookRequestType, v)
            if (v := d.pop("requestType", UNSET)).__class__ is str
            else v
        )
        obj.source = d.pop("source", UNSET)
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is RegistrationInlineHookRequest and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
