from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class EmailTemplateCustomization(OktaModel):
    """An Okta `EmailTemplateCustomization`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        body: str
        created (read-only, never sent): datetime.datetime
        id (read-only, never sent): str
        is_default (`isDefault`): bool
        language: unique under each email template
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        subject: str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "body": "body",
        "created": "created",
        "id": "id",
        "isDefault": "is_default",
        "language": "language",
        "lastUpdated": "last_updated",
        "subject": "subject",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "body": "str",
        "created": "datetime",
        "id": "str",
        "is_default": "bool",
        "language": "str",
        "last_updated": "datetime",
        "subject": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "body": "body",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "is_default": "isDefault",
        "language": "language",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "subject": "subject",
        "additional_properties": lambda d: _convert.undeclared(d, EmailTemplateCustomization._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    body: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    language: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    subject: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.body is not UNSET:
            d["body"] = self.body
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.is_default is not UNSET:
            d["isDefault"] = self.is_default
        if self.language is not UNSET:
            d["language"] = self.language
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.subject is not UNSET:
            d["subject"] = self.subject
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.body = d.pop("body", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.is_default = d.pop("isDefault", UNSET)
        obj.language = d.pop("language", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.subject = d.pop("subject", UNSET)
        obj.additional_properties = d
        return obj
