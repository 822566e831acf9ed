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
class PostAuthKeepMeSignedInPrompt(OktaModel):
    """An Okta `PostAuthKeepMeSignedInPrompt`.

    Attributes:
        accept_button_text (`acceptButtonText`): The label on the accept button when prompting for Stay signed in
        reject_button_text (`rejectButtonText`): The label on the reject button when prompting for Stay signed in
        subtitle: The subtitle on the Sign-In Widget when prompting for Stay signed in
        title: The title on the Sign-In Widget when prompting for Stay signed in
    """

    _json_names: ClassVar[dict[str, str]] = {
        "acceptButtonText": "accept_button_text",
        "rejectButtonText": "reject_button_text",
        "subtitle": "subtitle",
        "title": "title",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "accept_button_text": "str",
        "reject_button_text": "str",
        "subtitle": "str",
        "title": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "accept_button_text": "acceptButtonText",
        "reject_button_text": "rejectButtonText",
        "subtitle": "subtitle",
        "title": "title",
        "additional_properties": lambda d: _convert.undeclared(d, PostAuthKeepMeSignedInPrompt._json_names),
    }

    accept_button_text: str | None | Unset = UNSET
    reject_button_text: str | None | Unset = UNSET
    subtitle: str | None | Unset = UNSET
    title: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.accept_button_text is not UNSET:
            d["acceptButtonText"] = self.accept_button_text
        if self.reject_button_text is not UNSET:
            d["rejectButtonText"] = self.reject_button_text
        if self.subtitle is not UNSET:
            d["subtitle"] = self.subtitle
        if self.title is not UNSET:
            d["title"] = self.title
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.accept_button_text = d.pop("acceptButtonText", UNSET)
        obj.reject_button_text = d.pop("rejectButtonText", UNSET)
        obj.subtitle = d.pop("subtitle", UNSET)
        obj.title = d.pop("title", UNSET)
        obj.additional_properties = d
        return obj
