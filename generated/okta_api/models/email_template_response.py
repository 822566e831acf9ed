from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import email_template_response_embedded as _email_template_response_embedded
from . import email_template_response_links as _email_template_response_links

if TYPE_CHECKING:
    from typing import Self

    from .email_template_response_embedded import EmailTemplateResponseEmbedded
    from .email_template_response_links import EmailTemplateResponseLinks


@_attrs_define(kw_only=True)
class EmailTemplateResponse(OktaModel):
    """An Okta `EmailTemplateResponse`.

    Attributes:
        name (read-only, never sent): The name of this email template
        field_embedded (`_embedded`, read-only, never sent): EmailTemplateResponseEmbedded
        field_links (`_links`, read-only, never sent): EmailTemplateResponseLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "field_embedded": lambda d: (
            _email_template_response_embedded.EmailTemplateResponseEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_template_response_embedded.EmailTemplateResponseEmbedded, v)
        ),
        "field_links": lambda d: (
            _email_template_response_links.EmailTemplateResponseLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_template_response_links.EmailTemplateResponseLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EmailTemplateResponse._json_names),
    }

    name: str | None | Unset = UNSET
    field_embedded: EmailTemplateResponseEmbedded | None | Unset = UNSET
    field_links: EmailTemplateResponseLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
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
        obj.name = d.pop("name", UNSET)
        obj.field_embedded = (
            _email_template_response_embedded.EmailTemplateResponseEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_template_response_embedded.EmailTemplateResponseEmbedded, v)
        )
        obj.field_links = (
            _email_template_response_links.EmailTemplateResponseLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_template_response_links.EmailTemplateResponseLinks, v)
        )
        obj.additional_properties = d
        return obj
