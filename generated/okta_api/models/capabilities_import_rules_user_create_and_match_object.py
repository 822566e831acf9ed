from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .capabilities_import_rules_user_create_and_match_object_exact_match_criteria import (
    CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria,
)

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "allow_partial_match": "allowPartialMatch",
        "auto_activate_new_users": "autoActivateNewUsers",
        "auto_confirm_exact_match": "autoConfirmExactMatch",
        "auto_confirm_new_users": "autoConfirmNewUsers",
        "auto_confirm_partial_match": "autoConfirmPartialMatch",
        "exact_match_criteria": lambda d: (
            _convert.parse_enum(CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria, v)
            if (v := d.get("exactMatchCriteria", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, CapabilitiesImportRulesUserCreateAndMatchObject._json_names
        ),
    }

    allow_partial_match: bool | None | Unset = UNSET
    auto_activate_new_users: bool | None | Unset = UNSET
    auto_confirm_exact_match: bool | None | Unset = UNSET
    auto_confirm_new_users: bool | None | Unset = UNSET
    auto_confirm_partial_match: bool | None | Unset = UNSET
    exact_match_criteria: CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.allow_partial_match is not UNSET:
            d["allowPartialMatch"] = self.allow_partial_match
        if self.auto_activate_new_users is not UNSET:
            d["autoActivateNewUsers"] = self.auto_activate_new_users
        if self.auto_confirm_exact_match is not UNSET:
            d["autoConfirmExactMatch"] = self.auto_confirm_exact_match
        if self.auto_confirm_new_users is not UNSET:
            d["autoConfirmNewUsers"] = self.auto_confirm_new_users
        if self.auto_confirm_partial_match is not UNSET:
            d["autoConfirmPartialMatch"] = self.auto_confirm_partial_match
        if self.exact_match_criteria is not UNSET:
            d["exactMatchCriteria"] = self.exact_match_criteria
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.allow_partial_match = d.pop("allowPartialMatch", UNSET)
        obj.auto_activate_new_users = d.pop("autoActivateNewUsers", UNSET)
        obj.auto_confirm_exact_match = d.pop("autoConfirmExactMatch", UNSET)
        obj.auto_confirm_new_users = d.pop("autoConfirmNewUsers", UNSET)
        obj.auto_confirm_partial_match = d.pop("autoConfirmPartialMatch", UNSET)
        obj.exact_match_criteria = (
            _convert.parse_enum(CapabilitiesImportRulesUserCreateAndMatchObjectExactMatchCriteria, v)
            if (v := d.pop("exactMatchCriteria", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
