from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object as _href_object

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject


@_attrs_define(kw_only=True)
class ResourceSetResourceLinks(OktaModel):
    """Related discoverable resources

    Attributes:
        self_ (`self`): HrefObject
        resource: HrefObject
        groups: HrefObject
        users: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "resource": "resource",
        "groups": "groups",
        "users": "users",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "resource": "model",
        "groups": "model",
        "users": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "resource": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("resource", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "groups": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "users": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ResourceSetResourceLinks._json_names),
    }

    self_: HrefObject | None | Unset = UNSET
    resource: HrefObject | None | Unset = UNSET
    groups: HrefObject | None | Unset = UNSET
    users: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.resource is not UNSET:
            d["resource"] = _convert.dump_model(self.resource, omit_read_only)
        if self.groups is not UNSET:
            d["groups"] = _convert.dump_model(self.groups, omit_read_only)
        if self.users is not UNSET:
            d["users"] = _convert.dump_model(self.users, omit_read_only)
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
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.resource = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("resource", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.groups = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.users = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
