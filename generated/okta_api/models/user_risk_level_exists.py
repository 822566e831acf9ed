from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import user_risk_level_exists_links as _user_risk_level_exists_links
from .user_risk_get_response import UserRiskGetResponse
from .user_risk_level_all import UserRiskLevelAll

if TYPE_CHECKING:
    from typing import Self

    from .user_risk_level_exists_links import UserRiskLevelExistsLinks


_parse_risk_level = _convert.enum_parser(UserRiskLevelAll)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_risk_level_exists_links.UserRiskLevelExistsLinks.from_json(v)
            if lazy
            else _user_risk_level_exists_links.UserRiskLevelExistsLinks.from_dict(v)
        )
    return _convert.parse_model(_user_risk_level_exists_links.UserRiskLevelExistsLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserRiskLevelExists(UserRiskGetResponse):
    """An Okta `UserRiskLevelExists`.

    Attributes:
        risk_level (`riskLevel`): The risk level associated with the user
        field_links (`_links`, read-only, never sent): UserRiskLevelExistsLinks
        reason: The reason for the user's current risk level. Defaults to `override.by.admin` when set by
            an admin without a custom reason.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "riskLevel": "risk_level",
        "_links": "field_links",
        "reason": "reason",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "risk_level": "enum",
        "field_links": "model",
        "reason": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "risk_level": ("riskLevel", _parse_risk_level),
        "field_links": ("_links", _parse_field_links),
        "reason": ("reason", None),
    }

    risk_level: UserRiskLevelAll | None = _attrs_field(init=False)
    field_links: UserRiskLevelExistsLinks | None = _attrs_field(init=False)  # type: ignore[assignment]
    reason: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        risk_level: UserRiskLevelAll | None | Unset = UNSET,
        field_links: UserRiskLevelExistsLinks | None | Unset = UNSET,
        reason: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if risk_level is not UNSET:
            _set_field(self, "risk_level", risk_level)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if reason is not UNSET:
            _set_field(self, "reason", reason)
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
        if (v := values.get("reason", UNSET)) is not UNSET:
            d["reason"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("riskLevel", UNSET)) is not UNSET:
            obj.risk_level = _parse_risk_level(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("reason", UNSET)) is not UNSET:
            obj.reason = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
