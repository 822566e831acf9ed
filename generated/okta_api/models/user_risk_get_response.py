from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_risk_get_response_links as _user_risk_get_response_links
from .user_risk_level_all import UserRiskLevelAll

if TYPE_CHECKING:
    from typing import Self

    from .user_risk_get_response_links import UserRiskGetResponseLinks


_parse_risk_level = _convert.enum_parser(UserRiskLevelAll)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_risk_get_response_links.UserRiskGetResponseLinks.from_json(v)
            if lazy
            else _user_risk_get_response_links.UserRiskGetResponseLinks.from_dict(v)
        )
    return _convert.parse_model(_user_risk_get_response_links.UserRiskGetResponseLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserRiskGetResponse(OktaModel):
    """An Okta `UserRiskGetResponse`.

    Attributes:
        risk_level (`riskLevel`): The risk level associated with the user
        field_links (`_links`, read-only, never sent): UserRiskGetResponseLinks
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
        "risk_level": ("riskLevel", _parse_risk_level),
        "field_links": ("_links", _parse_field_links),
    }
    _discriminator: ClassVar[str] = "riskLevel"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "HIGH": ("user_risk_level_exists", "UserRiskLevelExists"),
        "LOW": ("user_risk_level_exists", "UserRiskLevelExists"),
        "MEDIUM": ("user_risk_level_exists", "UserRiskLevelExists"),
        "NONE": ("user_risk_level_none", "UserRiskLevelNone"),
    }

    risk_level: UserRiskLevelAll | None = _attrs_field(init=False)
    field_links: UserRiskGetResponseLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        risk_level: UserRiskLevelAll | None | Unset = UNSET,
        field_links: UserRiskGetResponseLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if risk_level is not UNSET:
            _set_field(self, "risk_level", risk_level)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("risk_level", UNSET)) is not UNSET:
            d["riskLevel"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is UserRiskGetResponse:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("riskLevel", UNSET)) is not UNSET:
            obj.risk_level = _parse_risk_level(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is UserRiskGetResponse and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
