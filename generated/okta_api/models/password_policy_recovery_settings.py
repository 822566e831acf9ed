from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import password_policy_recovery_factors as _password_policy_recovery_factors

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_recovery_factors import PasswordPolicyRecoveryFactors


@_attrs_define(kw_only=True)
class PasswordPolicyRecoverySettings(OktaModel):
    """Specifies the password recovery settings for the policy
    > **Note:** With Identity Engine, you can specify recovery factors inside the password policy rule
    instead of in the policy settings object. Recovery factors for the rule are defined inside the
    [`selfServicePasswordReset`
    action](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/#tag/Policy/operation/createPolicyRule!path=1/actions/selfServicePasswordReset&t=request).

    Attributes:
        factors: Settings for the factors that can be used for recovery
    """

    _json_names: ClassVar[dict[str, str]] = {
        "factors": "factors",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "factors": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "factors": lambda d: (
            _password_policy_recovery_factors.PasswordPolicyRecoveryFactors.from_json(v)
            if (v := d.get("factors", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_factors.PasswordPolicyRecoveryFactors, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PasswordPolicyRecoverySettings._json_names),
    }

    factors: PasswordPolicyRecoveryFactors | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.factors is not UNSET:
            d["factors"] = _convert.dump_model(self.factors, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.factors = (
            _password_policy_recovery_factors.PasswordPolicyRecoveryFactors.from_dict(v)
            if (v := d.pop("factors", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_password_policy_recovery_factors.PasswordPolicyRecoveryFactors, v)
        )
        obj.additional_properties = d
        return obj
