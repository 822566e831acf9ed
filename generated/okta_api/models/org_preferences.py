from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import org_preferences_links as _org_preferences_links

if TYPE_CHECKING:
    from typing import Self

    from .org_preferences_links import OrgPreferencesLinks


@_attrs_define(kw_only=True)
class OrgPreferences(OktaModel):
    """An Okta `OrgPreferences`.

    Attributes:
        show_end_user_footer (`showEndUserFooter`, read-only, never sent): Indicates if the footer is shown on the End-User Dashboard
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for this object using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    """

    _json_names: ClassVar[dict[str, str]] = {
        "showEndUserFooter": "show_end_user_footer",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "show_end_user_footer": "bool",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "show_end_user_footer": "showEndUserFooter",
        "field_links": lambda d: (
            _org_preferences_links.OrgPreferencesLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_preferences_links.OrgPreferencesLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgPreferences._json_names),
    }

    show_end_user_footer: bool | None | Unset = UNSET
    field_links: OrgPreferencesLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.show_end_user_footer is not UNSET and not omit_read_only:
            d["showEndUserFooter"] = self.show_end_user_footer
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.show_end_user_footer = d.pop("showEndUserFooter", UNSET)
        obj.field_links = (
            _org_preferences_links.OrgPreferencesLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_preferences_links.OrgPreferencesLinks, v)
        )
        obj.additional_properties = d
        return obj
