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
class ApiTokenNetwork(OktaModel):
    """The Network Condition of the API Token

    Attributes:
        connection: The connection type of the Network Condition
        include: List of included IP network zones
        exclude: List of excluded IP network zones
    """

    _json_names: ClassVar[dict[str, str]] = {
        "connection": "connection",
        "include": "include",
        "exclude": "exclude",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "connection": "str",
        "include": "list:str",
        "exclude": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "connection": "connection",
        "include": "include",
        "exclude": "exclude",
        "additional_properties": lambda d: _convert.undeclared(d, ApiTokenNetwork._json_names),
    }

    connection: str | None | Unset = UNSET
    include: list[str] | None | Unset = UNSET
    exclude: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.connection is not UNSET:
            d["connection"] = self.connection
        if self.include is not UNSET:
            d["include"] = self.include
        if self.exclude is not UNSET:
            d["exclude"] = self.exclude
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.connection = d.pop("connection", UNSET)
        obj.include = d.pop("include", UNSET)
        obj.exclude = d.pop("exclude", UNSET)
        obj.additional_properties = d
        return obj
