from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .log_ip_service_category_type import LogIpServiceCategoryType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(LogIpServiceCategoryType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "is_anonymous": ("isAnonymous", None),
        "operator": ("operator", None),
        "type_": ("type", _parse_type_),
    }

    is_anonymous: bool | None = _attrs_field(init=False)
    operator: str | None = _attrs_field(init=False)
    type_: LogIpServiceCategoryType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        is_anonymous: bool | None | Unset = UNSET,
        operator: str | None | Unset = UNSET,
        type_: LogIpServiceCategoryType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if is_anonymous is not UNSET:
            _set_field(self, "is_anonymous", is_anonymous)
        if operator is not UNSET:
            _set_field(self, "operator", operator)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("is_anonymous", UNSET)) is not UNSET and not omit_read_only:
            d["isAnonymous"] = v
        if (v := values.get("operator", UNSET)) is not UNSET and not omit_read_only:
            d["operator"] = v
        if (v := values.get("type_", UNSET)) is not UNSET and not omit_read_only:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("isAnonymous", UNSET)) is not UNSET:
            obj.is_anonymous = v
        if (v := d.pop("operator", UNSET)) is not UNSET:
            obj.operator = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
