from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import event_hook_filter_map_object as _event_hook_filter_map_object

if TYPE_CHECKING:
    from typing import Self

    from .event_hook_filter_map_object import EventHookFilterMapObject


@_attrs_define(kw_only=True)
class EventHookFilters(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6082750>

    Attributes:
        event_filter_map (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6082410>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6081710>
        type_ (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6082550>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a60826d0>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "eventFilterMap": "event_filter_map",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "event_filter_map": "list:model",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "event_filter_map": lambda d: _convert.parse_model_list(
            _event_hook_filter_map_object.EventHookFilterMapObject.from_json, d.get("eventFilterMap", UNSET)
        ),
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, EventHookFilters._json_names),
    }

    event_filter_map: list[EventHookFilterMapObject] | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.event_filter_map is not UNSET:
            d["eventFilterMap"] = _convert.dump_model_list(self.event_filter_map, omit_read_only)
        if self.type_ is not UNSET and not omit_read_only:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.event_filter_map = _convert.parse_model_list(
            _event_hook_filter_map_object.EventHookFilterMapObject.from_dict, d.pop("eventFilterMap", UNSET)
        )
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
