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
class LogActor(OktaModel):
    """Describes the user, app, client, or other entity (actor) who performs an action on a target. The
    actor is dependent on the action that is performed. All events have actors.

    Attributes:
        alternate_id (`alternateId`, read-only, never sent): Alternative ID of the actor
        detail_entry (`detailEntry`, read-only, never sent): Further details about the actor
        display_name (`displayName`, read-only, never sent): Display name of the actor
        id (read-only, never sent): ID of the actor
        type_ (`type`, read-only, never sent): Type of actor
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alternateId": "alternate_id",
        "detailEntry": "detail_entry",
        "displayName": "display_name",
        "id": "id",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alternate_id": "str",
        "detail_entry": "dict",
        "display_name": "str",
        "id": "str",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alternate_id": ("alternateId", None),
        "detail_entry": ("detailEntry", None),
        "display_name": ("displayName", None),
        "id": ("id", None),
        "type_": ("type", None),
    }

    alternate_id: str | None = _attrs_field(init=False)
    detail_entry: dict[str, Any] | None = _attrs_field(init=False)
    display_name: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        alternate_id: str | None | Unset = UNSET,
        detail_entry: dict[str, Any] | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if alternate_id is not UNSET:
            _set_field(self, "alternate_id", alternate_id)
        if detail_entry is not UNSET:
            _set_field(self, "detail_entry", detail_entry)
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if id is not UNSET:
            _set_field(self, "id", id)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("alternate_id", UNSET)) is not UNSET and not omit_read_only:
            d["alternateId"] = v
        if (v := values.get("detail_entry", UNSET)) is not UNSET and not omit_read_only:
            d["detailEntry"] = v
        if (v := values.get("display_name", UNSET)) is not UNSET and not omit_read_only:
            d["displayName"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("type_", UNSET)) is not UNSET and not omit_read_only:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("alternateId", UNSET)) is not UNSET:
            obj.alternate_id = v
        if (v := d.pop("detailEntry", UNSET)) is not UNSET:
            obj.detail_entry = v
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
