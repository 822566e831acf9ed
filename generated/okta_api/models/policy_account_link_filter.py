from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import policy_account_link_filter_groups as _policy_account_link_filter_groups
from . import policy_account_link_filter_users as _policy_account_link_filter_users

if TYPE_CHECKING:
    from typing import Self

    from .policy_account_link_filter_groups import PolicyAccountLinkFilterGroups
    from .policy_account_link_filter_users import PolicyAccountLinkFilterUsers


@_attrs_define(kw_only=True)
class PolicyAccountLinkFilter(OktaModel):
    """Specifies filters on which users are available for account linking by an IdP

    Attributes:
        groups: Group memberships used to determine link candidates
        users: Filters on which users are available for account linking
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
            _policy_account_link_filter_groups.PolicyAccountLinkFilterGroups.from_json(v)
            if (v := d.get("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_account_link_filter_groups.PolicyAccountLinkFilterGroups, v)
        ),
        "users": lambda d: (
            _policy_account_link_filter_users.PolicyAccountLinkFilterUsers.from_json(v)
            if (v := d.get("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_account_link_filter_users.PolicyAccountLinkFilterUsers, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicyAccountLinkFilter._json_names),
    }

    groups: PolicyAccountLinkFilterGroups | None | Unset = UNSET
    users: PolicyAccountLinkFilterUsers | None | Unset = UNSET

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
            _policy_account_link_filter_groups.PolicyAccountLinkFilterGroups.from_dict(v)
            if (v := d.pop("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_account_link_filter_groups.PolicyAccountLinkFilterGroups, v)
        )
        obj.users = (
            _policy_account_link_filter_users.PolicyAccountLinkFilterUsers.from_dict(v)
            if (v := d.pop("users", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_account_link_filter_users.PolicyAccountLinkFilterUsers, v)
        )
        obj.additional_properties = d
        return obj
