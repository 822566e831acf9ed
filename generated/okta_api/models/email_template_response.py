from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import email_template_response_embedded as _email_template_response_embedded
from . import email_template_response_links as _email_template_response_links

if TYPE_CHECKING:
    from typing import Self

    from .email_template_response_embedded import EmailTemplateResponseEmbedded
    from .email_template_response_links import EmailTemplateResponseLinks


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _email_template_response_embedded.EmailTemplateResponseEmbedded.from_json(v)
            if lazy
            else _email_template_response_embedded.EmailTemplateResponseEmbedded.from_dict(v)
        )
    return _convert.parse_model(_email_template_response_embedded.EmailTemplateResponseEmbedded, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _email_template_response_links.EmailTemplateResponseLinks.from_json(v)
            if lazy
            else _email_template_response_links.EmailTemplateResponseLinks.from_dict(v)
        )
    return _convert.parse_model(_email_template_response_links.EmailTemplateResponseLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "name": ("name", None),
        "field_embedded": ("_embedded", _parse_field_embedded),
        "field_links": ("_links", _parse_field_links),
    }

    name: str | None = _attrs_field(init=False)
    field_embedded: EmailTemplateResponseEmbedded | None = _attrs_field(init=False)
    field_links: EmailTemplateResponseLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        field_embedded: EmailTemplateResponseEmbedded | None | Unset = UNSET,
        field_links: EmailTemplateResponseLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
