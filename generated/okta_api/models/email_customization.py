from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import email_customization_links as _email_customization_links
from .email_content import EmailContent

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .email_customization_links import EmailCustomizationLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _email_customization_links.EmailCustomizationLinks.from_json(v)
            if lazy
            else _email_customization_links.EmailCustomizationLinks.from_dict(v)
        )
    return _convert.parse_model(_email_customization_links.EmailCustomizationLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "body": ("body", None),
        "subject": ("subject", None),
        "language": ("language", None),
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "is_default": ("isDefault", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "field_links": ("_links", _parse_field_links),
    }

    body: str | None = _attrs_field(init=False)
    subject: str | None = _attrs_field(init=False)
    language: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    is_default: bool | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    field_links: EmailCustomizationLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        body: str | None | Unset,
        subject: str | None | Unset,
        language: str | None | Unset,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        field_links: EmailCustomizationLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if body is not UNSET:
            _set_field(self, "body", body)
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        if language is not UNSET:
            _set_field(self, "language", language)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if is_default is not UNSET:
            _set_field(self, "is_default", is_default)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("body", UNSET)) is not UNSET:
            d["body"] = v
        if (v := values.get("subject", UNSET)) is not UNSET:
            d["subject"] = v
        if (v := values.get("language", UNSET)) is not UNSET:
            d["language"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("is_default", UNSET)) is not UNSET:
            d["isDefault"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("body", UNSET)) is not UNSET:
            obj.body = v
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = v
        if (v := d.pop("language", UNSET)) is not UNSET:
            obj.language = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("isDefault", UNSET)) is not UNSET:
            obj.is_default = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
