from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PasswordPolicyPasswordSettingsBreachedProtection(OktaModel):
    """Breached Protection settings

    Attributes:
        delegated_workflow_id (`delegatedWorkflowId`): The `id` of the workflow that runs when a breached password is found during a sign-in
            attempt.
        expire_after_days (`expireAfterDays`): Specifies the number of days after a breached password is found during a sign-in attempt
            that the user's password should expire.
            Valid values: 0 through 10. If set to 0, it happens immediately.
        logout_enabled (`logoutEnabled`): (Optional, default is false) If true, you must also specify a value for `expireAfterDays`.
            When enabled, the user's session(s)
            are terminated immediately the first time the user's credentials are detected as part of a
            breach.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "delegatedWorkflowId": "delegated_workflow_id",
        "expireAfterDays": "expire_after_days",
        "logoutEnabled": "logout_enabled",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "delegated_workflow_id": "str",
        "expire_after_days": "int",
        "logout_enabled": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "delegated_workflow_id": "delegatedWorkflowId",
        "expire_after_days": "expireAfterDays",
        "logout_enabled": "logoutEnabled",
        "additional_properties": lambda d: _convert.undeclared(
            d, PasswordPolicyPasswordSettingsBreachedProtection._json_names
        ),
    }

    delegated_workflow_id: str | None | Unset = UNSET
    expire_after_days: int | None | Unset = UNSET
    logout_enabled: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.delegated_workflow_id is not UNSET:
            d["delegatedWorkflowId"] = self.delegated_workflow_id
        if self.expire_after_days is not UNSET:
            d["expireAfterDays"] = self.expire_after_days
        if self.logout_enabled is not UNSET:
            d["logoutEnabled"] = self.logout_enabled
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.delegated_workflow_id = d.pop("delegatedWorkflowId", UNSET)
        obj.expire_after_days = d.pop("expireAfterDays", UNSET)
        obj.logout_enabled = d.pop("logoutEnabled", UNSET)
        obj.additional_properties = d
        return obj
