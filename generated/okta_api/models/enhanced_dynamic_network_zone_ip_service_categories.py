from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .ip_service_category import IPServiceCategory

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class EnhancedDynamicNetworkZoneIpServiceCategories(OktaModel):
    """IP services, such as a proxy or VPN, to include or exclude for an Enhanced Dynamic Network Zone

    Attributes:
        include: IP services to include for an Enhanced Dynamic Network Zone
        exclude: IP services to exclude for an Enhanced Dynamic Network Zone
    """

    _json_names: ClassVar[dict[str, str]] = {
        "include": "include",
        "exclude": "exclude",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "include": "list:enum",
        "exclude": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "include": lambda d: _convert.parse_enum_list(IPServiceCategory, d.get("include", UNSET)),
        "exclude": lambda d: _convert.parse_enum_list(IPServiceCategory, d.get("exclude", UNSET)),
        "additional_properties": lambda d: _convert.undeclared(
            d, EnhancedDynamicNetworkZoneIpServiceCategories._json_names
        ),
    }

    include: list[IPServiceCategory] | None | Unset = UNSET
    exclude: list[IPServiceCategory] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.include is not UNSET:
            d["include"] = self.include
        if self.exclude is not UNSET:
            d["exclude"] = self.exclude
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.include = _convert.parse_enum_list(IPServiceCategory, d.pop("include", UNSET))
        obj.exclude = _convert.parse_enum_list(IPServiceCategory, d.pop("exclude", UNSET))
        obj.additional_properties = d
        return obj
