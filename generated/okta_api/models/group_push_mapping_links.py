from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object_app_link as _href_object_app_link
from . import href_object_group_link as _href_object_group_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_app_link import HrefObjectAppLink
    from .href_object_group_link import HrefObjectGroupLink


def _parse_app(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_app_link.HrefObjectAppLink.from_json(v)
            if lazy
            else _href_object_app_link.HrefObjectAppLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_app_link.HrefObjectAppLink, v)


def _parse_source_group(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_group_link.HrefObjectGroupLink.from_json(v)
            if lazy
            else _href_object_group_link.HrefObjectGroupLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_group_link.HrefObjectGroupLink, v)


def _parse_target_group(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_group_link.HrefObjectGroupLink.from_json(v)
            if lazy
            else _href_object_group_link.HrefObjectGroupLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_group_link.HrefObjectGroupLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class GroupPushMappingLinks(OktaModel):
    """Discoverable resources related to the group push mapping

    Attributes:
        app: HrefObjectAppLink
        source_group (`sourceGroup`): HrefObjectGroupLink
        target_group (`targetGroup`): HrefObjectGroupLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "app": "app",
        "sourceGroup": "source_group",
        "targetGroup": "target_group",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app": "model",
        "source_group": "model",
        "target_group": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app": ("app", _parse_app),
        "source_group": ("sourceGroup", _parse_source_group),
        "target_group": ("targetGroup", _parse_target_group),
    }

    app: HrefObjectAppLink | None = _attrs_field(init=False)
    source_group: HrefObjectGroupLink | None = _attrs_field(init=False)
    target_group: HrefObjectGroupLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app: HrefObjectAppLink | None | Unset = UNSET,
        source_group: HrefObjectGroupLink | None | Unset = UNSET,
        target_group: HrefObjectGroupLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app is not UNSET:
            _set_field(self, "app", app)
        if source_group is not UNSET:
            _set_field(self, "source_group", source_group)
        if target_group is not UNSET:
            _set_field(self, "target_group", target_group)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app", UNSET)) is not UNSET:
            d["app"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("source_group", UNSET)) is not UNSET:
            d["sourceGroup"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("target_group", UNSET)) is not UNSET:
            d["targetGroup"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("app", UNSET)) is not UNSET:
            obj.app = _parse_app(v, False)
        if (v := d.pop("sourceGroup", UNSET)) is not UNSET:
            obj.source_group = _parse_source_group(v, False)
        if (v := d.pop("targetGroup", UNSET)) is not UNSET:
            obj.target_group = _parse_target_group(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
