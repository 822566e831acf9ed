from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .capabilities_import_rules_user_create_and_match_object_exact_match_criteria import (
    CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria,
)

if TYPE_CHECKING:
    from typing import Self


_parse_exact_match_criteria = _convert.enum_parser(CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CapabilitiesImportRulesUserCreateAndMatchObject(OktaModel):
    """Rules for matching and creating users

    Attributes:
        allow_partial_match (`allowPartialMatch`): Allows user import upon partial matching. Partial matching occurs when the first and last
            names of an imported user match those of an existing Okta user, even if the username or
            email attributes don't match.
        auto_activate_new_users (`autoActivateNewUsers`): If set to `true`, imported new users are automatically activated.
        auto_confirm_exact_match (`autoConfirmExactMatch`): If set to `true`, exact-matched users are automatically confirmed on activation. If set to
            `false`, exact-matched users need to be confirmed manually.
        auto_confirm_new_users (`autoConfirmNewUsers`): If set to `true`, imported new users are automatically confirmed on activation. This
            doesn't apply to imported users that already exist in Okta.
        auto_confirm_partial_match (`autoConfirmPartialMatch`): If set to `true`, partially matched users are automatically confirmed on activation. If
            set to `false`, partially matched users need to be confirmed manually.
        exact_match_criteria (`exactMatchCriteria`): Determines the attribute to match users
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allowPartialMatch": "allow_partial_match",
        "autoActivateNewUsers": "auto_activate_new_users",
        "autoConfirmExactMatch": "auto_confirm_exact_match",
        "autoConfirmNewUsers": "auto_confirm_new_users",
        "autoConfirmPartialMatch": "auto_confirm_partial_match",
        "exactMatchCriteria": "exact_match_criteria",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "allow_partial_match": "bool",
        "auto_activate_new_users": "bool",
        "auto_confirm_exact_match": "bool",
        "auto_confirm_new_users": "bool",
        "auto_confirm_partial_match": "bool",
        "exact_match_criteria": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "allow_partial_match": ("allowPartialMatch", None),
        "auto_activate_new_users": ("autoActivateNewUsers", None),
        "auto_confirm_exact_match": ("autoConfirmExactMatch", None),
        "auto_confirm_new_users": ("autoConfirmNewUsers", None),
        "auto_confirm_partial_match": ("autoConfirmPartialMatch", None),
        "exact_match_criteria": ("exactMatchCriteria", _parse_exact_match_criteria),
    }

    allow_partial_match: bool | None = _attrs_field(init=False)
    auto_activate_new_users: bool | None = _attrs_field(init=False)
    auto_confirm_exact_match: bool | None = _attrs_field(init=False)
    auto_confirm_new_users: bool | None = _attrs_field(init=False)
    auto_confirm_partial_match: bool | None = _attrs_field(init=False)
    exact_match_criteria: CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria | None = _attrs_field(
        init=False
    )

    def __init__(
        self,
        *,
        allow_partial_match: bool | None | Unset = UNSET,
        auto_activate_new_users: bool | None | Unset = UNSET,
        auto_confirm_exact_match: bool | None | Unset = UNSET,
        auto_confirm_new_users: bool | None | Unset = UNSET,
        auto_confirm_partial_match: bool | None | Unset = UNSET,
        exact_match_criteria: CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if allow_partial_match is not UNSET:
            _set_field(self, "allow_partial_match", allow_partial_match)
        if auto_activate_new_users is not UNSET:
            _set_field(self, "auto_activate_new_users", auto_activate_new_users)
        if auto_confirm_exact_match is not UNSET:
            _set_field(self, "auto_confirm_exact_match", auto_confirm_exact_match)
        if auto_confirm_new_users is not UNSET:
            _set_field(self, "auto_confirm_new_users", auto_confirm_new_users)
        if auto_confirm_partial_match is not UNSET:
            _set_field(self, "auto_confirm_partial_match", auto_confirm_partial_match)
        if exact_match_criteria is not UNSET:
            _set_field(self, "exact_match_criteria", exact_match_criteria)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("allow_partial_match", UNSET)) is not UNSET:
            d["allowPartialMatch"] = v
        if (v := values.get("auto_activate_new_users", UNSET)) is not UNSET:
            d["autoActivateNewUsers"] = v
        if (v := values.get("auto_confirm_exact_match", UNSET)) is not UNSET:
            d["autoConfirmExactMatch"] = v
        if (v := values.get("auto_confirm_new_users", UNSET)) is not UNSET:
            d["autoConfirmNewUsers"] = v
        if (v := values.get("auto_confirm_partial_match", UNSET)) is not UNSET:
            d["autoConfirmPartialMatch"] = v
        if (v := values.get("exact_match_criteria", UNSET)) is not UNSET:
            d["exactMatchCriteria"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("allowPartialMatch", UNSET)) is not UNSET:
            obj.allow_partial_match = v
        if (v := d.pop("autoActivateNewUsers", UNSET)) is not UNSET:
            obj.auto_activate_new_users = v
        if (v := d.pop("autoConfirmExactMatch", UNSET)) is not UNSET:
            obj.auto_confirm_exact_match = v
        if (v := d.pop("autoConfirmNewUsers", UNSET)) is not UNSET:
            obj.auto_confirm_new_users = v
        if (v := d.pop("autoConfirmPartialMatch", UNSET)) is not UNSET:
            obj.auto_confirm_partial_match = v
        if (v := d.pop("exactMatchCriteria", UNSET)) is not UNSET:
            obj.exact_match_criteria = _parse_exact_match_criteria(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
