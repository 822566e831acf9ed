from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "device": ("device", None),
        "device_user_id": ("deviceUserId", None),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    device: dict[str, Any] | None = _attrs_field(init=False)
    device_user_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        device: dict[str, Any] | None | Unset = UNSET,
        device_user_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if device is not UNSET:
            _set_field(self, "device", device)
        if device_user_id is not UNSET:
            _set_field(self, "device_user_id", device_user_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("device", UNSET)) is not UNSET:
            d["device"] = v
        if (v := values.get("device_user_id", UNSET)) is not UNSET:
            d["deviceUserId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("device", UNSET)) is not UNSET:
            obj.device = v
        if (v := d.pop("deviceUserId", UNSET)) is not UNSET:
            obj.device_user_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
