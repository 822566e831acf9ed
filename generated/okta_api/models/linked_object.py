from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import linked_object_details as _linked_object_details
from . import linked_object_links_self as _linked_object_links_self

if TYPE_CHECKING:
    from typing import Self

    from .linked_object_details import LinkedObjectDetails
    from .linked_object_links_self import LinkedObjectLinksSelf


@_attrs_define(kw_only=True)
class LinkedObject(OktaModel):
    """LinkedObject

    Attributes:
        associated: LinkedObjectDetails
        primary: LinkedObjectDetails
        field_links (`_links`): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an application using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "associated": "associated",
        "primary": "primary",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "associated": "model",
        "primary": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "associated": lambda d: (
            _linked_object_details.LinkedObjectDetails.from_json(v)
            if (v := d.get("associated", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_linked_object_details.LinkedObjectDetails, v)
        ),
        "primary": lambda d: (
            _linked_object_details.LinkedObjectDetails.from_json(v)
            if (v := d.get("primary", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_linked_object_details.LinkedObjectDetails, v)
        ),
        "field_links": lambda d: (
            _linked_object_links_self.LinkedObjectLinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_linked_object_links_self.LinkedObjectLinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LinkedObject._json_names),
    }

    associated: LinkedObjectDetails | None | Unset = UNSET
    primary: LinkedObjectDetails | None | Unset = UNSET
    field_links: LinkedObjectLinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.associated is not UNSET:
            d["associated"] = _convert.dump_model(self.associated, omit_read_only)
        if self.primary is not UNSET:
            d["primary"] = _convert.dump_model(self.primary, omit_read_only)
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.associated = (
            _linked_object_details.LinkedObjectDetails.from_dict(v)
            if (v := d.pop("associated", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_linked_object_details.LinkedObjectDetails, v)
        )
        obj.primary = (
            _linked_object_details.LinkedObjectDetails.from_dict(v)
            if (v := d.pop("primary", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_linked_object_details.LinkedObjectDetails, v)
        )
        obj.field_links = (
            _linked_object_links_self.LinkedObjectLinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_linked_object_links_self.LinkedObjectLinksSelf, v)
        )
        obj.additional_properties = d
        return obj
