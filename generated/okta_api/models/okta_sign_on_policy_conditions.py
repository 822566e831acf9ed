from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import okta_sign_on_policy_conditions_people as _okta_sign_on_policy_conditions_people

if TYPE_CHECKING:
    from typing import Self

    from .okta_sign_on_policy_conditions_people import OktaSignOnPolicyConditionsPeople


@_attrs_define(kw_only=True)
class OktaSignOnPolicyConditions(OktaModel):
    """An Okta `OktaSignOnPolicyConditions`.

    Attributes:
        people: Identifies users and groups that are used together
    """

    _json_names: ClassVar[dict[str, str]] = {
        "people": "people",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "people": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "people": lambda d: (
            _okta_sign_on_policy_conditions_people.OktaSignOnPolicyConditionsPeople.from_json(v)
            if (v := d.get("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_sign_on_policy_conditions_people.OktaSignOnPolicyConditionsPeople, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OktaSignOnPolicyConditions._json_names),
    }

    people: OktaSignOnPolicyConditionsPeople | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.people is not UNSET:
            d["people"] = _convert.dump_model(self.people, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.people = (
            _okta_sign_on_policy_conditions_people.OktaSignOnPolicyConditionsPeople.from_dict(v)
            if (v := d.pop("people", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_sign_on_policy_conditions_people.OktaSignOnPolicyConditionsPeople, v)
        )
        obj.additional_properties = d
        return obj
