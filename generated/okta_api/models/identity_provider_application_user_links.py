from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_next_link as _href_object_next_link
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_next_link import HrefObjectNextLink
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
class IdentityProviderApplicationUserLinks(OktaModel):
    """An Okta `IdentityProviderApplicationUserLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        next_ (`next`): HrefObjectNextLink
        idp: HrefObject
        user: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "next": "next_",
        "idp": "idp",
        "user": "user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "next_": "model",
        "idp": "model",
        "user": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "next_": lambda d: (
            _href_object_next_link.HrefObjectNextLink.from_json(v)
            if (v := d.get("next", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_next_link.HrefObjectNextLink, v)
        ),
        "idp": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "user": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProviderApplicationUserLinks._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    next_: HrefObjectNextLink | None | Unset = UNSET
    idp: HrefObject | None | Unset = UNSET
    user: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.next_ is not UNSET:
            d["next"] = _convert.dump_model(self.next_, omit_read_only)
        if self.idp is not UNSET:
            d["idp"] = _convert.dump_model(self.idp, omit_read_only)
        if self.user is not UNSET:
            d["user"] = _convert.dump_model(self.user, omit_read_only)
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
        obj.next_ = (
            _href_object_next_link.HrefObjectNextLink.from_dict(v)
            if (v := d.pop("next", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_next_link.HrefObjectNextLink, v)
        )
        obj.idp = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.user = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
