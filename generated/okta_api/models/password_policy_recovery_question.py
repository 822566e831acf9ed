from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_policy_recovery_question_properties as _password_policy_recovery_question_properties
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_recovery_question_properties import PasswordPolicyRecoveryQuestionProperties


@_attrs_define(kw_only=True)
class PasswordPolicyRecoveryQuestion(OktaModel):
    """An Okta `PasswordPolicyRecoveryQuestion`.

    Attributes:
        properties: PasswordPolicyRecoveryQuestionProperties
        status: LifecycleStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "properties": "properties",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "properties": "model",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "properties": lambda d: (
            _password_policy_recovery_question_properties.PasswordPolicyRecoveryQuestionProperties.from_json(v)
            if (v := d.get("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_recovery_question_properties.PasswordPolicyRecoveryQuestionProperties, v
            )
        ),
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyRecoveryQuestion._json_names),
    }

    properties: PasswordPolicyRecoveryQuestionProperties | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.properties is not UNSET:
            d["properties"] = _convert.dump_model(self.properties, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.properties = (
            _password_policy_recovery_question_properties.PasswordPolicyRecoveryQuestionProperties.from_dict(v)
            if (v := d.pop("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_policy_recovery_question_properties.PasswordPolicyRecoveryQuestionProperties, v
            )
        )
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
