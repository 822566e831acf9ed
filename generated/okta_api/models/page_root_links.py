from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
class PageRootLinks(OktaModel):
    """An Okta `PageRootLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        default: HrefObject
        customized: HrefObject
        preview: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "default": "default",
        "customized": "customized",
        "preview": "preview",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "default": "model",
        "customized": "model",
        "preview": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "default": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("default", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "customized": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("customized", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "preview": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("preview", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PageRootLinks._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    default: HrefObject | None | Unset = UNSET
    customized: HrefObject | None | Unset = UNSET
    preview: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.default is not UNSET:
            d["default"] = _convert.dump_model(self.default, omit_read_only)
        if self.customized is not UNSET:
            d["customized"] = _convert.dump_model(self.customized, omit_read_only)
        if self.preview is not UNSET:
            d["preview"] = _convert.dump_model(self.preview, omit_read_only)
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
            _href_object_self_link.HrefObjectSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        )
        obj.default = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("default", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.customized = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("customized", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.preview = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("preview", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
