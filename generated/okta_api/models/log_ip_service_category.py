from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .log_ip_service_category_type import LogIpServiceCategoryType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class LogIpServiceCategory(OktaModel):
    """Describes the IP service category associated with an IP.

    Attributes:
        is_anonymous (`isAnonymous`, read-only, never sent): Indicates whether the service is an anonymizer
        operator (read-only, never sent): The name of the associated operator
        type_ (`type`, read-only, never sent): The type of service provided from this IP address
    """

    _json_names: ClassVar[dict[str, str]] = {
        "isAnonymous": "is_anonymous",
        "operator": "operator",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "is_anonymous": "bool",
        "operator": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "is_anonymous": "isAnonymous",
        "operator": "operator",
        "type_": lambda d: (
            _convert.parse_enum(LogIpServiceCategoryType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LogIpServiceCategory._json_names),
    }

    is_anonymous: bool | None | Unset = UNSET
    operator: str | None | Unset = UNSET
    type_: LogIpServiceCategoryType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.is_anonymous is not UNSET and not omit_read_only:
            d["isAnonymous"] = self.is_anonymous
        if self.operator is not UNSET and not omit_read_only:
            d["operator"] = self.operator
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
        obj.is_anonymous = d.pop("isAnonymous", UNSET)
        obj.operator = d.pop("operator", UNSET)
        obj.type_ = (
            _convert.parse_enum(LogIpServiceCategoryType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
