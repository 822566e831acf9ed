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
class BookmarkApplicationSettingsApplication(OktaModel):
    """An Okta `BookmarkApplicationSettingsApplication`.

    Attributes:
        url: The URL of the launch page for this app
        request_integration (`requestIntegration`): Would you like Okta to add an integration for this app?
    """

    _json_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "requestIntegration": "request_integration",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "url": "str",
        "request_integration": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "url": "url",
        "request_integration": "requestIntegration",
        "additional_properties": lambda d: _convert.undeclared(d, BookmarkApplicationSettingsApplication._json_names),
    }

    url: str | None | Unset
    request_integration: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.url is not UNSET:
            d["url"] = self.url
        if self.request_integration is not UNSET:
            d["requestIntegration"] = self.request_integration
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.url = d.pop("url", UNSET)
        obj.request_integration = d.pop("requestIntegration", UNSET)
        obj.additional_properties = d
        return obj
