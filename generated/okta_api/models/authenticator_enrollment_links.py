from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link
from .links_self import LinksSelf

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
class AuthenticatorEnrollmentLinks(LinksSelf):
    """An Okta `AuthenticatorEnrollmentLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        user: HrefObject
        authenticator: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "user": "user",
        "authenticator": "authenticator",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "user": "model",
        "authenticator": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "user": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "authenticator": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("authenticator", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorEnrollmentLinks._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    user: HrefObject | None | Unset = UNSET
    authenticator: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.user is not UNSET:
            d["user"] = _convert.dump_model(self.user, omit_read_only)
        if self.authenticator is not UNSET:
            d["authenticator"] = _convert.dump_model(self.authenticator, omit_read_only)
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
        obj.user = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.authenticator = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("authenticator", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
