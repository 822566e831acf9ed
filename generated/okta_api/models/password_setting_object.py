from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .change_enum import ChangeEnum
from .enabled_status import EnabledStatus
from .seed_enum import SeedEnum

if TYPE_CHECKING:
    from typing import Self


_parse_change = _convert.enum_parser(ChangeEnum)

_parse_seed = _convert.enum_parser(SeedEnum)

_parse_status = _convert.enum_parser(EnabledStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "change": ("change", _parse_change),
        "seed": ("seed", _parse_seed),
        "status": ("status", _parse_status),
    }

    change: ChangeEnum | None = _attrs_field(init=False)
    seed: SeedEnum | None = _attrs_field(init=False)
    status: EnabledStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        change: ChangeEnum | None | Unset = UNSET,
        seed: SeedEnum | None | Unset = UNSET,
        status: EnabledStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if change is not UNSET:
            _set_field(self, "change", change)
        if seed is not UNSET:
            _set_field(self, "seed", seed)
        if status is not UNSET:
            _set_field(self, "status", status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("change", UNSET)) is not UNSET:
            d["change"] = v
        if (v := values.get("seed", UNSET)) is not UNSET:
            d["seed"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("change", UNSET)) is not UNSET:
            obj.change = _parse_change(v, False)
        if (v := d.pop("seed", UNSET)) is not UNSET:
            obj.seed = _parse_seed(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
