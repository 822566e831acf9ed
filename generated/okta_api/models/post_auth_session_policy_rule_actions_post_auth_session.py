from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import post_auth_session_failure_actions_object as _post_auth_session_failure_actions_object

if TYPE_CHECKING:
    from typing import Self

    from .post_auth_session_failure_actions_object import PostAuthSessionFailureActionsObject


@_attrs_define(kw_only=True)
class PostAuthSessionPolicyRuleActionsPostAuthSession(OktaModel):
    """This object contains a `failureActions` array that defines the specific action to take when the
    session protection policy detects a failure

    Attributes:
        failure_actions (`failureActions`): An array of objects that define the action. It can be empty or contain two `action` value
            pairs.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "failureActions": "failure_actions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "failure_actions": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "failure_actions": lambda d: _convert.parse_model_list(
            _post_auth_session_failure_actions_object.PostAuthSessionFailureActionsObject.from_json,
            d.get("failureActions", UNSET),
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, PostAuthSessionPolicyRuleActionsPostAuthSession._json_names
        ),
    }

    failure_actions: list[PostAuthSessionFailureActionsObject] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.failure_actions is not UNSET:
            d["failureActions"] = _convert.dump_model_list(self.failure_actions, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.failure_actions = _convert.parse_model_list(
            _post_auth_session_failure_actions_object.PostAuthSessionFailureActionsObject.from_dict,
            d.pop("failureActions", UNSET),
        )
        obj.additional_properties = d
        return obj
