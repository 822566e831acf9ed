from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object_activate_link as _href_object_activate_link
from . import href_object_delete_link as _href_object_delete_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_activate_link import HrefObjectActivateLink
    from .href_object_delete_link import HrefObjectDeleteLink


@_attrs_define(kw_only=True)
class OAuthResourceServerKeyLinks(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available for
    the current status of a JSON Web Key using the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification. This object
    is used for dynamic discovery of related resources and lifecycle operations.

    Attributes:
        activate: HrefObjectActivateLink
        delete: HrefObjectDeleteLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "activate": "activate",
        "delete": "delete",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "activate": "model",
        "delete": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "activate": lambda d: (
            _href_object_activate_link.HrefObjectActivateLink.from_json(v)
            if (v := d.get("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_activate_link.HrefObjectActivateLink, v)
        ),
        "delete": lambda d: (
            _href_object_delete_link.HrefObjectDeleteLink.from_json(v)
            if (v := d.get("delete", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_delete_link.HrefObjectDeleteLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuthResourceServerKeyLinks._json_names),
    }

    activate: HrefObjectActivateLink | None | Unset = UNSET
    delete: HrefObjectDeleteLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.activate is not UNSET:
            d["activate"] = _convert.dump_model(self.activate, omit_read_only)
        if self.delete is not UNSET:
            d["delete"] = _convert.dump_model(self.delete, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.activate = (
            _href_object_activate_link.HrefObjectActivateLink.from_dict(v)
            if (v := d.pop("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_activate_link.HrefObjectActivateLink, v)
        )
        obj.delete = (
            _href_object_delete_link.HrefObjectDeleteLink.from_dict(v)
            if (v := d.pop("delete", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_delete_link.HrefObjectDeleteLink, v)
        )
        obj.additional_properties = d
        return obj
