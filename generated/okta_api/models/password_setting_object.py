from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .change_enum import ChangeEnum
from .enabled_status import EnabledStatus
from .seed_enum import SeedEnum

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PasswordSettingObject(OktaModel):
    """Determines whether Okta creates and pushes a password in the app for each assigned user

    Attributes:
        change: Determines whether a change in a user's password also updates the user's password in the
            app
        seed: Determines whether the generated password is the user's Okta password or a randomly
            generated password
        status: Setting status
    """

    _json_names: ClassVar[dict[str, str]] = {
        "change": "change",
        "seed": "seed",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "change": "enum",
        "seed": "enum",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "change": lambda d: _convert.parse_enum(ChangeEnum, v) if (v := d.get("change", UNSET)).__class__ is str else v,
        "seed": lambda d: _convert.parse_enum(SeedEnum, v) if (v := d.get("seed", UNSET)).__class__ is str else v,
        "status": lambda d: (
            _convert.parse_enum(EnabledStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordSettingObject._json_names),
    }

    change: ChangeEnum | None | Unset = UNSET
    seed: SeedEnum | None | Unset = UNSET
    status: EnabledStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.change is not UNSET:
            d["change"] = self.change
        if self.seed is not UNSET:
            d["seed"] = self.seed
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.change = _convert.parse_enum(ChangeEnum, v) if (v := d.pop("change", UNSET)).__class__ is str else v
        obj.seed = _convert.parse_enum(SeedEnum, v) if (v := d.pop("seed", UNSET)).__class__ is str else v
        obj.status = _convert.parse_enum(EnabledStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
