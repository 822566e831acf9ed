from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object_app_link as _href_object_app_link
from . import href_object_group_link as _href_object_group_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_app_link import HrefObjectAppLink
    from .href_object_group_link import HrefObjectGroupLink


@_attrs_define(kw_only=True)
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
        "app": lambda d: (
            _href_object_app_link.HrefObjectAppLink.from_json(v)
            if (v := d.get("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_app_link.HrefObjectAppLink, v)
        ),
        "source_group": lambda d: (
            _href_object_group_link.HrefObjectGroupLink.from_json(v)
            if (v := d.get("sourceGroup", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_group_link.HrefObjectGroupLink, v)
        ),
        "target_group": lambda d: (
            _href_object_group_link.HrefObjectGroupLink.from_json(v)
            if (v := d.get("targetGroup", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_group_link.HrefObjectGroupLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupPushMappingLinks._json_names),
    }

    app: HrefObjectAppLink | None | Unset = UNSET
    source_group: HrefObjectGroupLink | None | Unset = UNSET
    target_group: HrefObjectGroupLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app is not UNSET:
            d["app"] = _convert.dump_model(self.app, omit_read_only)
        if self.source_group is not UNSET:
            d["sourceGroup"] = _convert.dump_model(self.source_group, omit_read_only)
        if self.target_group is not UNSET:
            d["targetGroup"] = _convert.dump_model(self.target_group, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app = (
            _href_object_app_link.HrefObjectAppLink.from_dict(v)
            if (v := d.pop("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_app_link.HrefObjectAppLink, v)
        )
        obj.source_group = (
            _href_object_group_link.HrefObjectGroupLink.from_dict(v)
            if (v := d.pop("sourceGroup", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_group_link.HrefObjectGroupLink, v)
        )
        obj.target_group = (
            _href_object_group_link.HrefObjectGroupLink.from_dict(v)
            if (v := d.pop("targetGroup", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_group_link.HrefObjectGroupLink, v)
        )
        obj.additional_properties = d
        return obj
