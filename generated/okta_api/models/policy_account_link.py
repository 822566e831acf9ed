from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import policy_account_link_filter as _policy_account_link_filter
from .policy_account_link_action import PolicyAccountLinkAction

if TYPE_CHECKING:
    from typing import Self

    from .policy_account_link_filter import PolicyAccountLinkFilter


_parse_action = _convert.enum_parser(PolicyAccountLinkAction)


def _parse_filter_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_account_link_filter.PolicyAccountLinkFilter.from_json(v)
            if lazy
            else _policy_account_link_filter.PolicyAccountLinkFilter.from_dict(v)
        )
    return _convert.parse_model(_policy_account_link_filter.PolicyAccountLinkFilter, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "action": ("action", _parse_action),
        "filter_": ("filter", _parse_filter_),
    }

    action: PolicyAccountLinkAction | None = _attrs_field(init=False)
    filter_: PolicyAccountLinkFilter | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        action: PolicyAccountLinkAction | None | Unset = UNSET,
        filter_: PolicyAccountLinkFilter | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if action is not UNSET:
            _set_field(self, "action", action)
        if filter_ is not UNSET:
            _set_field(self, "filter_", filter_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("action", UNSET)) is not UNSET:
            d["action"] = v
        if (v := values.get("filter_", UNSET)) is not UNSET:
            d["filter"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("action", UNSET)) is not UNSET:
            obj.action = _parse_action(v, False)
        if (v := d.pop("filter", UNSET)) is not UNSET:
            obj.filter_ = _parse_filter_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
