from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import policy_account_link_filter as _policy_account_link_filter
from .policy_account_link_action import PolicyAccountLinkAction

if TYPE_CHECKING:
    from typing import Self

    from .policy_account_link_filter import PolicyAccountLinkFilter


@_attrs_define(kw_only=True)
class PolicyAccountLink(OktaModel):
    """Specifies the behavior for linking an IdP user to an existing Okta user

    Attributes:
        action: Specifies the account linking action for an IdP user
        filter_ (`filter`): Specifies filters on which users are available for account linking by an IdP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "filter": "filter_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "enum",
        "filter_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": lambda d: (
            _convert.parse_enum(PolicyAccountLinkAction, v) if (v := d.get("action", UNSET)).__class__ is str else v
        ),
        "filter_": lambda d: (
            _policy_account_link_filter.PolicyAccountLinkFilter.from_json(v)
            if (v := d.get("filter", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_account_link_filter.PolicyAccountLinkFilter, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicyAccountLink._json_names),
    }

    action: PolicyAccountLinkAction | None | Unset = UNSET
    filter_: PolicyAccountLinkFilter | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = self.action
        if self.filter_ is not UNSET:
            d["filter"] = _convert.dump_model(self.filter_, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.action = (
            _convert.parse_enum(PolicyAccountLinkAction, v) if (v := d.pop("action", UNSET)).__class__ is str else v
        )
        obj.filter_ = (
            _policy_account_link_filter.PolicyAccountLinkFilter.from_dict(v)
            if (v := d.pop("filter", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_account_link_filter.PolicyAccountLinkFilter, v)
        )
        obj.additional_properties = d
        return obj
