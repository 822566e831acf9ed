from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object_app_link as _href_object_app_link
from . import href_object_group_link as _href_object_group_link
from . import href_object_resource_set_link as _href_object_resource_set_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_app_link import HrefObjectAppLink
    from .href_object_group_link import HrefObjectGroupLink
    from .href_object_resource_set_link import HrefObjectResourceSetLink


@_attrs_define(kw_only=True)
class EntitlementValueLinks(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available using
    the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification

    Attributes:
        group: HrefObjectGroupLink
        app: HrefObjectAppLink
        resource_set (`resource-set`): HrefObjectResourceSetLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "group": "group",
        "app": "app",
        "resource-set": "resource_set",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "group": "model",
        "app": "model",
        "resource_set": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "group": lambda d: (
            _href_object_group_link.HrefObjectGroupLink.from_json(v)
            if (v := d.get("group", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_group_link.HrefObjectGroupLink, v)
        ),
        "app": lambda d: (
            _href_object_app_link.HrefObjectAppLink.from_json(v)
            if (v := d.get("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_app_link.HrefObjectAppLink, v)
        ),
        "resource_set": lambda d: (
            _href_object_resource_set_link.HrefObjectResourceSetLink.from_json(v)
            if (v := d.get("resource-set", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_resource_set_link.HrefObjectResourceSetLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EntitlementValueLinks._json_names),
    }

    group: HrefObjectGroupLink | None | Unset = UNSET
    app: HrefObjectAppLink | None | Unset = UNSET
    resource_set: HrefObjectResourceSetLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.group is not UNSET:
            d["group"] = _convert.dump_model(self.group, omit_read_only)
        if self.app is not UNSET:
            d["app"] = _convert.dump_model(self.app, omit_read_only)
        if self.resource_set is not UNSET:
            d["resource-set"] = _convert.dump_model(self.resource_set, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.group = (
            _href_object_group_link.HrefObjectGroupLink.from_dict(v)
            if (v := d.pop("group", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_group_link.HrefObjectGroupLink, v)
        )
        obj.app = (
            _href_object_app_link.HrefObjectAppLink.from_dict(v)
            if (v := d.pop("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_app_link.HrefObjectAppLink, v)
        )
        obj.resource_set = (
            _href_object_resource_set_link.HrefObjectResourceSetLink.from_dict(v)
            if (v := d.pop("resource-set", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_resource_set_link.HrefObjectResourceSetLink, v)
        )
        obj.additional_properties = d
        return obj
