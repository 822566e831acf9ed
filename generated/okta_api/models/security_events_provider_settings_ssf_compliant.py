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
class SecurityEventsProviderSettingsSSFCompliant(OktaModel):
    """Provider with well-known URL setting

    Security events provider with well-known URL setting

    Attributes:
        well_known_url: The published well-known URL of the security events provider (the SSF transmitter)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "well_known_url": "well_known_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "well_known_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "well_known_url": ("well_known_url", None),
    }

    well_known_url: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        well_known_url: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if well_known_url is not UNSET:
            _set_field(self, "well_known_url", well_known_url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("well_known_url", UNSET)) is not UNSET:
            d["well_known_url"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("well_known_url", UNSET)) is not UNSET:
            obj.well_known_url = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
