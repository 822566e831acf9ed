from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "delegated_workflow_id": ("delegatedWorkflowId", None),
        "expire_after_days": ("expireAfterDays", None),
        "logout_enabled": ("logoutEnabled", None),
    }

    delegated_workflow_id: str | None = _attrs_field(init=False)
    expire_after_days: int | None = _attrs_field(init=False)
    logout_enabled: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        delegated_workflow_id: str | None | Unset = UNSET,
        expire_after_days: int | None | Unset = UNSET,
        logout_enabled: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if delegated_workflow_id is not UNSET:
            _set_field(self, "delegated_workflow_id", delegated_workflow_id)
        if expire_after_days is not UNSET:
            _set_field(self, "expire_after_days", expire_after_days)
        if logout_enabled is not UNSET:
            _set_field(self, "logout_enabled", logout_enabled)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("delegated_workflow_id", UNSET)) is not UNSET:
            d["delegatedWorkflowId"] = v
        if (v := values.get("expire_after_days", UNSET)) is not UNSET:
            d["expireAfterDays"] = v
        if (v := values.get("logout_enabled", UNSET)) is not UNSET:
            d["logoutEnabled"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("delegatedWorkflowId", UNSET)) is not UNSET:
            obj.delegated_workflow_id = v
        if (v := d.pop("expireAfterDays", UNSET)) is not UNSET:
            obj.expire_after_days = v
        if (v := d.pop("logoutEnabled", UNSET)) is not UNSET:
            obj.logout_enabled = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
