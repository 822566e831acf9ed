from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import email_preview_links as _email_preview_links

if TYPE_CHECKING:
    from typing import Self

    from .email_preview_links import EmailPreviewLinks


@_attrs_define(kw_only=True)
class EmailPreview(OktaModel):
    """An Okta `EmailPreview`.

    Attributes:
        body (read-only, never sent): The email's HTML body
        subject (read-only, never sent): The email's subject
        field_links (`_links`, read-only, never sent): EmailPreviewLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "body": "body",
        "subject": "subject",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "body": "str",
        "subject": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "body": "body",
        "subject": "subject",
        "field_links": lambda d: (
            _email_preview_links.EmailPreviewLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_preview_links.EmailPreviewLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EmailPreview._json_names),
    }

    body: str | None | Unset = UNSET
    subject: str | None | Unset = UNSET
    field_links: EmailPreviewLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.body is not UNSET and not omit_read_only:
            d["body"] = self.body
        if self.subject is not UNSET and not omit_read_only:
            d["subject"] = self.subject
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
        obj.body = d.pop("body", UNSET)
        obj.subject = d.pop("subject", UNSET)
        obj.field_links = (
            _email_preview_links.EmailPreviewLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_preview_links.EmailPreviewLinks, v)
        )
        obj.additional_properties = d
        return obj
