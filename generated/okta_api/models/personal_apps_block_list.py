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
class PersonalAppsBlockList(OktaModel):
    """Defines a list of email domains with a subset of the properties for each domain

    Attributes:
        domains: List of blocked email domains
    """

    _json_names: ClassVar[dict[str, str]] = {
        "domains": "domains",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "domains": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "domains": "domains",
        "additional_properties": lambda d: _convert.undeclared(d, PersonalAppsBlockList._json_names),
    }

    domains: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.domains is not UNSET:
            d["domains"] = self.domains
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.domains = d.pop("domains", UNSET)
        obj.additional_properties = d
        return obj
