from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object_user_link as _href_object_user_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_user_link import HrefObjectUserLink


@_attrs_define(kw_only=True)
class LinksUserRef(OktaModel):
    """An Okta `LinksUserRef`.

    Attributes:
        user: HrefObjectUserLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "user": "user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "user": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "user": lambda d: (
            _href_object_user_link.HrefObjectUserLink.from_json(v)
            if (v := d.get("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_user_link.HrefObjectUserLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LinksUserRef._json_names),
    }

    user: HrefObjectUserLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
        obj.user = (
            _href_object_user_link.HrefObjectUserLink.from_dict(v)
            if (v := d.pop("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_user_link.HrefObjectUserLink, v)
        )
        obj.additional_properties = d
        return obj
