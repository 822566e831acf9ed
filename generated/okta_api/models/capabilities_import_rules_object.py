from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    capabilities_import_rules_user_create_and_match_object as _capabilities_import_rules_user_create_and_match_object,
)

if TYPE_CHECKING:
    from typing import Self

    from .capabilities_import_rules_user_create_and_match_object import CapabilitiesImportRulesUserCreateAndMatchObject


@_attrs_define(kw_only=True)
class CapabilitiesImportRulesObject(OktaModel):
    """Defines user import rules

    Attributes:
        user_create_and_match (`userCreateAndMatch`): Rules for matching and creating users
    """

    _json_names: ClassVar[dict[str, str]] = {
        "userCreateAndMatch": "user_create_and_match",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "user_create_and_match": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "user_create_and_match": lambda d: (
            _capabilities_import_rules_user_create_and_match_object.CapabilitiesImportRulesUserCreateAndMatchObject.from_json(
                v
            )
            if (v := d.get("userCreateAndMatch", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _capabilities_import_rules_user_create_and_match_object.CapabilitiesImportRulesUserCreateAndMatchObject,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CapabilitiesImportRulesObject._json_names),
    }

    user_create_and_match: CapabilitiesImportRulesUserCreateAndMatchObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.user_create_and_match is not UNSET:
            d["userCreateAndMatch"] = _convert.dump_model(self.user_create_and_match, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.user_create_and_match = (
            _capabilities_import_rules_user_create_and_match_object.CapabilitiesImportRulesUserCreateAndMatchObject.from_dict(
                v
            )
            if (v := d.pop("userCreateAndMatch", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _capabilities_import_rules_user_create_and_match_object.CapabilitiesImportRulesUserCreateAndMatchObject,
                v,
            )
        )
        obj.additional_properties = d
        return obj
