from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import log_stream_activate_link as _log_stream_activate_link
from . import log_stream_deactivate_link as _log_stream_deactivate_link
from . import log_stream_self_link as _log_stream_self_link

if TYPE_CHECKING:
    from typing import Self

    from .log_stream_activate_link import LogStreamActivateLink
    from .log_stream_deactivate_link import LogStreamDeactivateLink
    from .log_stream_self_link import LogStreamSelfLink


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_stream_self_link.LogStreamSelfLink.from_json(v)
            if lazy
            else _log_stream_self_link.LogStreamSelfLink.from_dict(v)
        )
    return _convert.parse_model(_log_stream_self_link.LogStreamSelfLink, v)


def _parse_activate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_stream_activate_link.LogStreamActivateLink.from_json(v)
            if lazy
            else _log_stream_activate_link.LogStreamActivateLink.from_dict(v)
        )
    return _convert.parse_model(_log_stream_activate_link.LogStreamActivateLink, v)


def _parse_deactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _log_stream_deactivate_link.LogStreamDeactivateLink.from_json(v)
            if lazy
            else _log_stream_deactivate_link.LogStreamDeactivateLink.from_dict(v)
        )
    return _convert.parse_model(_log_stream_deactivate_link.LogStreamDeactivateLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "self_": ("self", _parse_self_),
        "activate": ("activate", _parse_activate),
        "deactivate": ("deactivate", _parse_deactivate),
    }

    self_: LogStreamSelfLink | None = _attrs_field(init=False)
    activate: LogStreamActivateLink | None = _attrs_field(init=False)
    deactivate: LogStreamDeactivateLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: LogStreamSelfLink | None | Unset,
        activate: LogStreamActivateLink | None | Unset = UNSET,
        deactivate: LogStreamDeactivateLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if activate is not UNSET:
            _set_field(self, "activate", activate)
        if deactivate is not UNSET:
            _set_field(self, "deactivate", deactivate)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("activate", UNSET)) is not UNSET:
            d["activate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("deactivate", UNSET)) is not UNSET:
            d["deactivate"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("activate", UNSET)) is not UNSET:
            obj.activate = _parse_activate(v, False)
        if (v := d.pop("deactivate", UNSET)) is not UNSET:
            obj.deactivate = _parse_deactivate(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
