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
        "alternate_id": "alternateId",
        "detail_entry": "detailEntry",
        "display_name": "displayName",
        "id": "id",
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, LogActor._json_names),
    }

    alternate_id: str | None | Unset = UNSET
    detail_entry: dict[str, Any] | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.alternate_id is not UNSET and not omit_read_only:
            d["alternateId"] = self.alternate_id
        if self.detail_entry is not UNSET and not omit_read_only:
            d["detailEntry"] = self.detail_entry
        if self.display_name is not UNSET and not omit_read_only:
            d["displayName"] = self.display_name
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.type_ is not UNSET and not omit_read_only:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.alternate_id = d.pop("alternateId", UNSET)
        obj.detail_entry = d.pop("detailEntry", UNSET)
        obj.display_name = d.pop("displayName", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
