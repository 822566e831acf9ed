from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_stream_activate_link as _log_stream_activate_link
from . import log_stream_deactivate_link as _log_stream_deactivate_link
from . import log_stream_self_link as _log_stream_self_link

if TYPE_CHECKING:
    from typing import Self

    from .log_stream_activate_link import LogStreamActivateLink
    from .log_stream_deactivate_link import LogStreamDeactivateLink
    from .log_stream_self_link import LogStreamSelfLink


@_attrs_define(kw_only=True)
class LogStreamLinksSelfAndLifecycle(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available for
    the current status of an application using the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification. This object
    is used for dynamic discovery of related resources and lifecycle operations.

    Attributes:
        self_ (`self`): LogStreamSelfLink
        activate: LogStreamActivateLink
        deactivate: LogStreamDeactivateLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "activate": "activate",
        "deactivate": "deactivate",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "activate": "model",
        "deactivate": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _log_stream_self_link.LogStreamSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_self_link.LogStreamSelfLink, v)
        ),
        "activate": lambda d: (
            _log_stream_activate_link.LogStreamActivateLink.from_json(v)
            if (v := d.get("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_activate_link.LogStreamActivateLink, v)
        ),
        "deactivate": lambda d: (
            _log_stream_deactivate_link.LogStreamDeactivateLink.from_json(v)
            if (v := d.get("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_deactivate_link.LogStreamDeactivateLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogStreamLinksSelfAndLifecycle._json_names),
    }

    self_: LogStreamSelfLink | None | Unset
    activate: LogStreamActivateLink | None | Unset = UNSET
    deactivate: LogStreamDeactivateLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.activate is not UNSET:
            d["activate"] = _convert.dump_model(self.activate, omit_read_only)
        if self.deactivate is not UNSET:
            d["deactivate"] = _convert.dump_model(self.deactivate, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.self_ = (
            _log_stream_self_link.LogStreamSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_self_link.LogStreamSelfLink, v)
        )
        obj.activate = (
            _log_stream_activate_link.LogStreamActivateLink.from_dict(v)
            if (v := d.pop("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_activate_link.LogStreamActivateLink, v)
        )
        obj.deactivate = (
            _log_stream_deactivate_link.LogStreamDeactivateLink.from_dict(v)
            if (v := d.pop("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_stream_deactivate_link.LogStreamDeactivateLink, v)
        )
        obj.additional_properties = d
        return obj
