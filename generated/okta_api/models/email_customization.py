from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import email_customization_links as _email_customization_links
from .email_content import EmailContent

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .email_customization_links import EmailCustomizationLinks


@_attrs_define(kw_only=True)
class EmailCustomization(EmailContent):
    """An Okta `EmailCustomization`.

    Attributes:
        body: The HTML body of the email. May contain [variable
            references](https://velocity.apache.org/engine/1.7/user-guide.html#references).

            <x-lifecycle class="ea"></x-lifecycle> Not required if Custom languages for Okta Email
            Templates is enabled. A `null` body is replaced with a default value from one of the
            following in priority order:

            1. An existing default email customization, if one exists
            2. Okta-provided translated content for the specified language, if one exists
            3. Okta-provided translated content for the brand locale, if it's set
            4. Okta-provided content in English
        subject: The email subject. May contain [variable
            references](https://velocity.apache.org/engine/1.7/user-guide.html#references).

            <x-lifecycle class="ea"></x-lifecycle> Not required if Custom languages for Okta Email
            Templates is enabled. A `null` subject is replaced with a default value from one of the
            following in priority order:

            1. An existing default email customization, if one exists
            2. Okta-provided translated content for the specified language, if one exists
            3. Okta-provided translated content for the brand locale, if it's set
            4. Okta-provided content in English
        language: The language specified as an [IETF BCP 47 language
            tag](https://datatracker.ietf.org/doc/html/rfc5646)
        created (read-only, never sent): The UTC time at which this email customization was created.
        id (read-only, never sent): A unique identifier for this email customization
        is_default (`isDefault`): Whether this is the default customization for the email template. Each customized email
            template must have exactly one default customization. Defaults to `true` for the first
            customization and `false` thereafter.
        last_updated (`lastUpdated`, read-only, never sent): The UTC time at which this email customization was last updated.
        field_links (`_links`, read-only, never sent): EmailCustomizationLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "body": "body",
        "subject": "subject",
        "language": "language",
        "created": "created",
        "id": "id",
        "isDefault": "is_default",
        "lastUpdated": "last_updated",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "body": "str",
        "subject": "str",
        "language": "str",
        "created": "datetime",
        "id": "str",
        "is_default": "bool",
        "last_updated": "datetime",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "body": "body",
        "subject": "subject",
        "language": "language",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "is_default": "isDefault",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _email_customization_links.EmailCustomizationLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_customization_links.EmailCustomizationLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EmailCustomization._json_names),
    }

    body: str | None | Unset
    subject: str | None | Unset
    language: str | None | Unset
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    field_links: EmailCustomizationLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.body is not UNSET:
            d["body"] = self.body
        if self.subject is not UNSET:
            d["subject"] = self.subject
        if self.language is not UNSET:
            d["language"] = self.language
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.is_default is not UNSET:
            d["isDefault"] = self.is_default
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
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
        obj.language = d.pop("language", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.is_default = d.pop("isDefault", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.field_links = (
            _email_customization_links.EmailCustomizationLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_customization_links.EmailCustomizationLinks, v)
        )
        obj.additional_properties = d
        return obj
