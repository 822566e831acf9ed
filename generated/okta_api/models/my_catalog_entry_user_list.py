from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import governance_self_links as _governance_self_links
from . import my_catalog_entry_user as _my_catalog_entry_user

if TYPE_CHECKING:
    from typing import Self

    from .governance_self_links import GovernanceSelfLinks
    from .my_catalog_entry_user import MyCatalogEntryUser


def _parse_data(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _my_catalog_entry_user.MyCatalogEntryUser.from_json
        if lazy
        else _my_catalog_entry_user.MyCatalogEntryUser.from_dict,
        v,
    )


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _governance_self_links.GovernanceSelfLinks.from_json(v)
            if lazy
            else _governance_self_links.GovernanceSelfLinks.from_dict(v)
        )
    return _convert.parse_model(_governance_self_links.GovernanceSelfLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class MyCatalogEntryUserList(OktaModel):
    """The users matching the filter.

    Attributes:
        data: The users.
        field_links (`_links`): Links of the users list; Okta documents `self` only.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "data": "list:model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "data": ("data", _parse_data),
        "field_links": ("_links", _parse_field_links),
    }

    data: list[MyCatalogEntryUser] | None = _attrs_field(init=False)
    field_links: GovernanceSelfLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        data: list[MyCatalogEntryUser] | None | Unset = UNSET,
        field_links: GovernanceSelfLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if data is not UNSET:
            _set_field(self, "data", data)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("data", UNSET)) is not UNSET:
            d["data"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET:
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
        if (v := d.pop("data", UNSET)) is not UNSET:
            obj.data = _parse_data(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
