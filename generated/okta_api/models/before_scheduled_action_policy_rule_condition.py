from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import duration as _duration
from . import scheduled_user_lifecycle_action as _scheduled_user_lifecycle_action

if TYPE_CHECKING:
    from typing import Self

    from .duration import Duration
    from .scheduled_user_lifecycle_action import ScheduledUserLifecycleAction


def _parse_duration(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _duration.Duration.from_json(v) if lazy else _duration.Duration.from_dict(v)
    return _convert.parse_model(_duration.Duration, v)


def _parse_lifecycle_action(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _scheduled_user_lifecycle_action.ScheduledUserLifecycleAction.from_json(v)
            if lazy
            else _scheduled_user_lifecycle_action.ScheduledUserLifecycleAction.from_dict(v)
        )
    return _convert.parse_model(_scheduled_user_lifecycle_action.ScheduledUserLifecycleAction, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "duration": ("duration", _parse_duration),
        "lifecycle_action": ("lifecycleAction", _parse_lifecycle_action),
    }

    duration: Duration | None = _attrs_field(init=False)
    lifecycle_action: ScheduledUserLifecycleAction | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        duration: Duration | None | Unset = UNSET,
        lifecycle_action: ScheduledUserLifecycleAction | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if duration is not UNSET:
            _set_field(self, "duration", duration)
        if lifecycle_action is not UNSET:
            _set_field(self, "lifecycle_action", lifecycle_action)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("duration", UNSET)) is not UNSET:
            d["duration"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("lifecycle_action", UNSET)) is not UNSET:
            d["lifecycleAction"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("duration", UNSET)) is not UNSET:
            obj.duration = _parse_duration(v, False)
        if (v := d.pop("lifecycleAction", UNSET)) is not UNSET:
            obj.lifecycle_action = _parse_lifecycle_action(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
