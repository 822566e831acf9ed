from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_condition as _group_condition
from . import user_condition as _user_condition

if TYPE_CHECKING:
    from typing import Self

    from .group_condition import GroupCondition
    from .user_condition import UserCondition


@_attrs_define(kw_only=True)
class PolicyPeopleCondition(OktaModel):
    """Specifies the users and groups that are included or excluded by the policy rule

    Attributes:
        groups: Specifies a set of groups whose users are to be included or excluded
        users: Specifies a set of users to be included or excluded
    """

    _json_names: ClassVar[dict[str, str]] = {
        "groups": "groups",
        "users": "users",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "groups": "model",
        "users": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "groups": lambda d: (
            _group_condition.GroupCondition.from_json(v)
            if (v := d.get("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_condition.GroupCondition, v)
        ),
        "users": lambda d: (
            _user_condition.UserCondition.from_json(v)
            if (v := d.get("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_condition.UserCondition, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicyPeopleCondition._json_names),
    }

    groups: GroupCondition | None | Unset = UNSET
    users: UserCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.groups is not UNSET:
            d["groups"] = _convert.dump_model(self.groups, omit_read_only)
        if self.users is not UNSET:
            d["users"] = _convert.dump_model(self.users, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.groups = (
            _group_condition.GroupCondition.from_dict(v)
            if (v := d.pop("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_condition.GroupCondition, v)
        )
        obj.users = (
            _user_condition.UserCondition.from_dict(v)
            if (v := d.pop("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_condition.UserCondition, v)
        )
        obj.additional_properties = d
        return obj
