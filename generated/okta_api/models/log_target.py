from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import log_target_change_details as _log_target_change_details

if TYPE_CHECKING:
    from typing import Self

    from .log_target_change_details import LogTargetChangeDetails


@_attrs_define(kw_only=True)
class LogTarget(OktaModel):
    """An Okta `LogTarget`.

    Attributes:
        alternate_id (`alternateId`, read-only, never sent): The alternate ID of the target
        change_details (`changeDetails`): Details on the target's changes. Not all event types support the `changeDetails` property,
            and not all
            `target` objects contain the `changeDetails` property.

            > **Note:** You can't run queries on `changeDetails` or the object's `to` or `from`
            properties.
        detail_entry (`detailEntry`, read-only, never sent): Further details on the target
        display_name (`displayName`, read-only, never sent): The display name of the target
        id (read-only, never sent): The ID of the target
        type_ (`type`, read-only, never sent): The type of target
    """

    _json_names: ClassVar[dict[str, str]] = {
        "alternateId": "alternate_id",
        "changeDetails": "change_details",
        "detailEntry": "detail_entry",
        "displayName": "display_name",
        "id": "id",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "alternate_id": "str",
        "change_details": "model",
        "detail_entry": "dict",
        "display_name": "str",
        "id": "str",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "alternate_id": "alternateId",
        "change_details": lambda d: (
            _log_target_change_details.LogTargetChangeDetails.from_json(v)
            if (v := d.get("changeDetails", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_target_change_details.LogTargetChangeDetails, v)
        ),
        "detail_entry": "detailEntry",
        "display_name": "displayName",
        "id": "id",
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, LogTarget._json_names),
    }

    alternate_id: str | None | Unset = UNSET
    change_details: LogTargetChangeDetails | None | Unset = UNSET
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
        if self.change_details is not UNSET:
            d["changeDetails"] = _convert.dump_model(self.change_details, omit_read_only)
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
        obj.change_details = (
            _log_target_change_details.LogTargetChangeDetails.from_dict(v)
            if (v := d.pop("changeDetails", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_log_target_change_details.LogTargetChangeDetails, v)
        )
        obj.detail_entry = d.pop("detailEntry", UNSET)
        obj.display_name = d.pop("displayName", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
