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
class SecurityEventSubject(OktaModel):
    """The event subjects

    Attributes:
        device: The device involved with the event
        user: The user involved with the event
    """

    _json_names: ClassVar[dict[str, str]] = {
        "device": "device",
        "user": "user",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "device": "dict",
        "user": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "device": ("device", None),
        "user": ("user", None),
    }

    device: dict[str, Any] | None = _attrs_field(init=False)
    user: dict[str, Any] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        device: dict[str, Any] | None | Unset = UNSET,
        user: dict[str, Any] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if device is not UNSET:
            _set_field(self, "device", device)
        if user is not UNSET:
            _set_field(self, "user", user)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("device", UNSET)) is not UNSET:
            d["device"] = v
        if (v := values.get("user", UNSET)) is not UNSET:
            d["user"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("device", UNSET)) is not UNSET:
            obj.device = v
        if (v := d.pop("user", UNSET)) is not UNSET:
            obj.user = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
