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
        "platform": "platform",
        "registered": "registered",
        "managed": "managed",
        "assurance_id": "assuranceId",
        "additional_properties": lambda d: _convert.undeclared(d, PolicyContextDevice._json_names),
    }

    platform: str | None | Unset = UNSET
    registered: bool | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    assurance_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.platform is not UNSET:
            d["platform"] = self.platform
        if self.registered is not UNSET:
            d["registered"] = self.registered
        if self.managed is not UNSET:
            d["managed"] = self.managed
        if self.assurance_id is not UNSET:
            d["assuranceId"] = self.assurance_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.platform = d.pop("platform", UNSET)
        obj.registered = d.pop("registered", UNSET)
        obj.managed = d.pop("managed", UNSET)
        obj.assurance_id = d.pop("assuranceId", UNSET)
        obj.additional_properties = d
        return obj
