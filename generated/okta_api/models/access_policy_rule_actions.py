from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import access_policy_rule_application_sign_on as _access_policy_rule_application_sign_on
from .policy_rule_actions import PolicyRuleActions

if TYPE_CHECKING:
    from typing import Self

    from .access_policy_rule_application_sign_on import AccessPolicyRuleApplicationSignOn


def _parse_app_sign_on(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _access_policy_rule_application_sign_on.AccessPolicyRuleApplicationSignOn.from_json(v)
            if lazy
            else _access_policy_rule_application_sign_on.AccessPolicyRuleApplicationSignOn.from_dict(v)
        )
    return _convert.parse_model(_access_policy_rule_application_sign_on.AccessPolicyRuleApplicationSignOn, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AccessPolicyRuleActions(PolicyRuleActions):
    """An Okta `AccessPolicyRuleActions`.

    Attributes:
        app_sign_on (`appSignOn`): Specifies the results when a user attempts to sign in
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appSignOn": "app_sign_on",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_sign_on": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_sign_on": ("appSignOn", _parse_app_sign_on),
    }

    app_sign_on: AccessPolicyRuleApplicationSignOn | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app_sign_on: AccessPolicyRuleApplicationSignOn | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app_sign_on is not UNSET:
            _set_field(self, "app_sign_on", app_sign_on)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app_sign_on", UNSET)) is not UNSET:
            d["appSignOn"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("appSignOn", UNSET)) is not UNSET:
            obj.app_sign_on = _parse_app_sign_on(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
