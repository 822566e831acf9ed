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
class DbscScope(OktaModel):
    """An Okta `DbscScope`.

    Attributes:
        include_site (read-only, never sent): Whether to include subdomains in the binding scope (`false` = exact origin only, `true` =
            includes subdomains)
        origin (read-only, never sent): The origin URL for which the DBSC binding is valid
    """

    _json_names: ClassVar[dict[str, str]] = {
        "include_site": "include_site",
        "origin": "origin",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "include_site": "bool",
        "origin": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "include_site": "include_site",
        "origin": "origin",
        "additional_properties": lambda d: _convert.undeclared(d, DbscScope._json_names),
    }

    include_site: bool | None | Unset
    origin: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.include_site is not UNSET and not omit_read_only:
            d["include_site"] = self.include_site
        if self.origin is not UNSET and not omit_read_only:
            d["origin"] = self.origin
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.include_site = d.pop("include_site", UNSET)
        obj.origin = d.pop("origin", UNSET)
        obj.additional_properties = d
        return obj
