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
class ThirdPartyAdminSetting(OktaModel):
    """The third-party admin setting

    Attributes:
        third_party_admin (`thirdPartyAdmin`): Indicates if the third-party admin functionality is enabled
    """

    _json_names: ClassVar[dict[str, str]] = {
        "thirdPartyAdmin": "third_party_admin",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "third_party_admin": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "third_party_admin": "thirdPartyAdmin",
        "additional_properties": lambda d: _convert.undeclared(d, ThirdPartyAdminSetting._json_names),
    }

    third_party_admin: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.third_party_admin is not UNSET:
            d["thirdPartyAdmin"] = self.third_party_admin
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.third_party_admin = d.pop("thirdPartyAdmin", UNSET)
        obj.additional_properties = d
        return obj
