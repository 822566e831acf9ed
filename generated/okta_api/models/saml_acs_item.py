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
class SamlAcsItem(OktaModel):
    """An Okta `SamlAcsItem`.

    Attributes:
        index: Index of ACS URL. You can't reuse the same index in the ACS URL array.
        url: Assertion Consumer Service (ACS) URL
    """

    _json_names: ClassVar[dict[str, str]] = {
        "index": "index",
        "url": "url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "index": "float",
        "url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "index": "index",
        "url": "url",
        "additional_properties": lambda d: _convert.undeclared(d, SamlAcsItem._json_names),
    }

    index: float | None | Unset = UNSET
    url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.index is not UNSET:
            d["index"] = self.index
        if self.url is not UNSET:
            d["url"] = self.url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.index = d.pop("index", UNSET)
        obj.url = d.pop("url", UNSET)
        obj.additional_properties = d
        return obj
