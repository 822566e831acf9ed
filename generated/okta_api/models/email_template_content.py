from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class EmailTemplateContent(OktaModel):
    """An Okta `EmailTemplateContent`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        body: str
        from_address (`fromAddress`): str
        from_name (`fromName`): str
        subject: str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "body": "body",
        "fromAddress": "from_address",
        "fromName": "from_name",
        "subject": "subject",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "body": "str",
        "from_address": "str",
        "from_name": "str",
        "subject": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "body": "body",
        "from_address": "fromAddress",
        "from_name": "fromName",
        "subject": "subject",
        "additional_properties": lambda d: _convert.undeclared(d, EmailTemplateContent._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    body: str | None | Unset = UNSET
    from_address: str | None | Unset = UNSET
    from_name: str | None | Unset = UNSET
    subject: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.body is not UNSET:
            d["body"] = self.body
        if self.from_address is not UNSET:
            d["fromAddress"] = self.from_address
        if self.from_name is not UNSET:
            d["fromName"] = self.from_name
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
        obj.from_address = d.pop("fromAddress", UNSET)
        obj.from_name = d.pop("fromName", UNSET)
        obj.subject = d.pop("subject", UNSET)
        obj.additional_properties = d
        return obj
