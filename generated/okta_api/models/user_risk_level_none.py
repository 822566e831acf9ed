from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import user_risk_level_none_links as _user_risk_level_none_links
from .user_risk_get_response import UserRiskGetResponse
from .user_risk_level_all import UserRiskLevelAll

if TYPE_CHECKING:
    from typing import Self

    from .user_risk_level_none_links import UserRiskLevelNoneLinks


@_attrs_define(kw_only=True)
class UserRiskLevelNone(UserRiskGetResponse):
    """An Okta `UserRiskLevelNone`.

    Attributes:
        risk_level (`riskLevel`): The risk level associated with the user
        field_links (`_links`, read-only, never sent): UserRiskLevelNoneLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "riskLevel": "risk_level",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "risk_level": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "risk_level": lambda d: (
            _convert.parse_enum(UserRiskLevelAll, v) if (v := d.get("riskLevel", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _user_risk_level_none_links.UserRiskLevelNoneLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_risk_level_none_links.UserRiskLevelNoneLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserRiskLevelNone._json_names),
    }

    risk_level: UserRiskLevelAll | None | Unset = UserRiskLevelAll("NONE")
    field_links: UserRiskLevelNoneLinks | None | Unset = UNSET  # type: ignore[assignment]

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.risk_level is not UNSET:
            d["riskLevel"] = self.risk_level
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.risk_level = (
            _convert.parse_enum(UserRiskLevelAll, v) if (v := d.pop("riskLevel", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _user_risk_level_none_links.UserRiskLevelNoneLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_risk_level_none_links.UserRiskLevelNoneLinks, v)
        )
        obj.additional_properties = d
        return obj
