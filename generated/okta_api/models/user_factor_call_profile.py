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
class UserFactorCallProfile(OktaModel):
    """An Okta `UserFactorCallProfile`.

    Attributes:
        phone_extension (`phoneExtension`): Extension of the associated `phoneNumber`
        phone_number (`phoneNumber`): Phone number of the factor. Format phone numbers to use the [E.164
            standard](https://www.itu.int/rec/T-REC-E.164/).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "phoneExtension": "phone_extension",
        "phoneNumber": "phone_number",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "phone_extension": "str",
        "phone_number": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "phone_extension": "phoneExtension",
        "phone_number": "phoneNumber",
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorCallProfile._json_names),
    }

    phone_extension: str | None | Unset = UNSET
    phone_number: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.phone_extension is not UNSET:
            d["phoneExtension"] = self.phone_extension
        if self.phone_number is not UNSET:
            d["phoneNumber"] = self.phone_number
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.phone_extension = d.pop("phoneExtension", UNSET)
        obj.phone_number = d.pop("phoneNumber", UNSET)
        obj.additional_properties = d
        return obj
