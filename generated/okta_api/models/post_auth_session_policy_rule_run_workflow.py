from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    post_auth_session_policy_rule_run_workflow_workflow as _post_auth_session_policy_rule_run_workflow_workflow,
)
from .post_auth_session_policy_rule_run_workflow_action import PostAuthSessionPolicyRuleRunWorkflowAction

if TYPE_CHECKING:
    from typing import Self

    from .post_auth_session_policy_rule_run_workflow_workflow import PostAuthSessionPolicyRuleRunWorkflowWorkflow


@_attrs_define(kw_only=True)
class PostAuthSessionPolicyRuleRunWorkflow(OktaModel):
    """An Okta `PostAuthSessionPolicyRuleRunWorkflow`.

    Attributes:
        action: PostAuthSessionPolicyRuleRunWorkflowAction
        workflow: This action runs a workflow
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "workflow": "workflow",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "enum",
        "workflow": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": lambda d: (
            _convert.parse_enum(PostAuthSessionPolicyRuleRunWorkflowAction, v)
            if (v := d.get("action", UNSET)).__class__ is str
            else v
        ),
        "workflow": lambda d: (
            _post_auth_session_policy_rule_run_workflow_workflow.PostAuthSessionPolicyRuleRunWorkflowWorkflow.from_json(
                v
            )
            if (v := d.get("workflow", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _post_auth_session_policy_rule_run_workflow_workflow.PostAuthSessionPolicyRuleRunWorkflowWorkflow, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PostAuthSessionPolicyRuleRunWorkflow._json_names),
    }

    action: PostAuthSessionPolicyRuleRunWorkflowAction | None | Unset = PostAuthSessionPolicyRuleRunWorkflowAction(
        "RUN_WORKFLOW"
    )
    workflow: PostAuthSessionPolicyRuleRunWorkflowWorkflow | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = self.action
        if self.workflow is not UNSET:
            d["workflow"] = _convert.dump_model(self.workflow, omit_read_only)
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
            _convert.parse_enum(PostAuthSessionPolicyRuleRunWorkflowAction, v)
            if (v := d.pop("action", UNSET)).__class__ is str
            else v
        )
        obj.workflow = (
            _post_auth_session_policy_rule_run_workflow_workflow.PostAuthSessionPolicyRuleRunWorkflowWorkflow.from_dict(
                v
            )
            if (v := d.pop("workflow", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _post_auth_session_policy_rule_run_workflow_workflow.PostAuthSessionPolicyRuleRunWorkflowWorkflow, v
            )
        )
        obj.additional_properties = d
        return obj
