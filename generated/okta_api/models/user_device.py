from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class UserDevice(OktaModel):
    """An Okta `UserDevice`.

    Attributes:
        created (read-only, never sent): Timestamp when the device was created
        device: dict[str, Any]
        device_user_id (`deviceUserId`): Unique key for the user device link
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "device": "device",
        "deviceUserId": "device_user_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "device": "dict",
        "device_user_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "device": "device",
        "device_user_id": "deviceUserId",
        "additional_properties": lambda d: _convert.undeclared(d, UserDevice._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    device: dict[str, Any] | None | Unset = UNSET
    device_user_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.device is not UNSET:
            d["device"] = self.device
        if self.device_user_id is not UNSET:
            d["deviceUserId"] = self.device_user_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.device = d.pop("device", UNSET)
        obj.device_user_id = d.pop("deviceUserId", UNSET)
        obj.additional_properties = d
        return obj
