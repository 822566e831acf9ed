from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import duration as _duration
from . import scheduled_user_lifecycle_action as _scheduled_user_lifecycle_action

if TYPE_CHECKING:
    from typing import Self

    from .duration import Duration
    from .scheduled_user_lifecycle_action import ScheduledUserLifecycleAction


@_attrs_define(kw_only=True)
class BeforeScheduledActionPolicyRuleCondition(OktaModel):
    """An Okta `BeforeScheduledActionPolicyRuleCondition`.

    Attributes:
        duration: Duration
        lifecycle_action (`lifecycleAction`): ScheduledUserLifecycleAction
    """

    _json_names: ClassVar[dict[str, str]] = {
        "duration": "duration",
        "lifecycleAction": "lifecycle_action",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "duration": "model",
        "lifecycle_action": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "duration": lambda d: (
            _duration.Duration.from_json(v)
            if (v := d.get("duration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_duration.Duration, v)
        ),
        "lifecycle_action": lambda d: (
            _scheduled_user_lifecycle_action.ScheduledUserLifecycleAction.from_json(v)
            if (v := d.get("lifecycleAction", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scheduled_user_lifecycle_action.ScheduledUserLifecycleAction, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BeforeScheduledActionPolicyRuleCondition._json_names),
    }

    duration: Duration | None | Unset = UNSET
    lifecycle_action: ScheduledUserLifecycleAction | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.duration is not UNSET:
            d["duration"] = _convert.dump_model(self.duration, omit_read_only)
        if self.lifecycle_action is not UNSET:
            d["lifecycleAction"] = _convert.dump_model(self.lifecycle_action, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.duration = (
            _duration.Duration.from_dict(v)
            if (v := d.pop("duration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_duration.Duration, v)
        )
        obj.lifecycle_action = (
            _scheduled_user_lifecycle_action.ScheduledUserLifecycleAction.from_dict(v)
            if (v := d.pop("lifecycleAction", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scheduled_user_lifecycle_action.ScheduledUserLifecycleAction, v)
        )
        obj.additional_properties = d
        return obj
