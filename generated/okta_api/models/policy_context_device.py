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
class PolicyContextDevice(OktaModel):
    """An Okta `PolicyContextDevice`.

    Attributes:
        platform: The platform of the device, for example, IOS.
        registered: If the device is registered
        managed: If the device is managed
        assurance_id (`assuranceId`): The device assurance policy ID for the simulation
    """

    _json_names: ClassVar[dict[str, str]] = {
        "platform": "platform",
        "registered": "registered",
        "managed": "managed",
        "assuranceId": "assurance_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "platform": "str",
        "registered": "bool",
        "managed": "bool",
        "assurance_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "platform": ("platform", None),
        "registered": ("registered", None),
        "managed": ("managed", None),
        "assurance_id": ("assuranceId", None),
    }

    platform: str | None = _attrs_field(init=False)
    registered: bool | None = _attrs_field(init=False)
    managed: bool | None = _attrs_field(init=False)
    assurance_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        platform: str | None | Unset = UNSET,
        registered: bool | None | Unset = UNSET,
        managed: bool | None | Unset = UNSET,
        assurance_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if platform is not UNSET:
            _set_field(self, "platform", platform)
        if registered is not UNSET:
            _set_field(self, "registered", registered)
        if managed is not UNSET:
            _set_field(self, "managed", managed)
        if assurance_id is not UNSET:
            _set_field(self, "assurance_id", assurance_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = v
        if (v := values.get("registered", UNSET)) is not UNSET:
            d["registered"] = v
        if (v := values.get("managed", UNSET)) is not UNSET:
            d["managed"] = v
        if (v := values.get("assurance_id", UNSET)) is not UNSET:
            d["assuranceId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = v
        if (v := d.pop("registered", UNSET)) is not UNSET:
            obj.registered = v
        if (v := d.pop("managed", UNSET)) is not UNSET:
            obj.managed = v
        if (v := d.pop("assuranceId", UNSET)) is not UNSET:
            obj.assurance_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
