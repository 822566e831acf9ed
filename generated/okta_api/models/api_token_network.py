from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "connection": ("connection", None),
        "include": ("include", None),
        "exclude": ("exclude", None),
    }

    connection: str | None = _attrs_field(init=False)
    include: list[str] | None = _attrs_field(init=False)
    exclude: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        connection: str | None | Unset = UNSET,
        include: list[str] | None | Unset = UNSET,
        exclude: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if connection is not UNSET:
            _set_field(self, "connection", connection)
        if include is not UNSET:
            _set_field(self, "include", include)
        if exclude is not UNSET:
            _set_field(self, "exclude", exclude)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("connection", UNSET)) is not UNSET:
            d["connection"] = v
        if (v := values.get("include", UNSET)) is not UNSET:
            d["include"] = v
        if (v := values.get("exclude", UNSET)) is not UNSET:
            d["exclude"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("connection", UNSET)) is not UNSET:
            obj.connection = v
        if (v := d.pop("include", UNSET)) is not UNSET:
            obj.include = v
        if (v := d.pop("exclude", UNSET)) is not UNSET:
            obj.exclude = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
