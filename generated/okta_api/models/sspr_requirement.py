from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import sspr_primary_requirement as _sspr_primary_requirement
from . import sspr_step_up_requirement as _sspr_step_up_requirement
from .sspr_requirement_access_control import SsprRequirementAccessControl

if TYPE_CHECKING:
    from typing import Self

    from .sspr_primary_requirement import SsprPrimaryRequirement
    from .sspr_step_up_requirement import SsprStepUpRequirement


@_attrs_define(kw_only=True)
class SsprRequirement(OktaModel):
    """<x-lifecycle class="oie"></x-lifecycle> Describes the initial and secondary authenticator
    requirements a user needs to reset their password

    Attributes:
        access_control (`accessControl`): Determines which authentication requirements a user needs to perform self-service
            operations. `AUTH_POLICY` defers conditions and authentication requirements to the [Okta
            account management
            policy](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).
            `LEGACY` refers to the requirements described by this rule.
        primary: Defines the authenticators permitted for the initial authentication step of password
            recovery
        step_up (`stepUp`): Defines the secondary authenticators needed for password reset if `required` is true. The
            following are three valid configurations:
            * `required`=false
            * `required`=true with no methods to use any SSO authenticator
            * `required`=true with `security_question` as the method
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accessControl": "access_control",
        "primary": "primary",
        "stepUp": "step_up",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access_control": "enum",
        "primary": "model",
        "step_up": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access_control": lambda d: (
            _convert.parse_enum(SsprRequirementAccessControl, v)
            if (v := d.get("accessControl", UNSET)).__class__ is str
            else v
        ),
        "primary": lambda d: (
            _sspr_primary_requirement.SsprPrimaryRequirement.from_json(v)
            if (v := d.get("primary", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sspr_primary_requirement.SsprPrimaryRequirement, v)
        ),
        "step_up": lambda d: (
            _sspr_step_up_requirement.SsprStepUpRequirement.from_json(v)
            if (v := d.get("stepUp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sspr_step_up_requirement.SsprStepUpRequirement, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SsprRequirement._json_names),
    }

    access_control: SsprRequirementAccessControl | None | Unset = UNSET
    primary: SsprPrimaryRequirement | None | Unset = UNSET
    step_up: SsprStepUpRequirement | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access_control is not UNSET:
            d["accessControl"] = self.access_control
        if self.primary is not UNSET:
            d["primary"] = _convert.dump_model(self.primary, omit_read_only)
        if self.step_up is not UNSET:
            d["stepUp"] = _convert.dump_model(self.step_up, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.access_control = (
            _convert.parse_enum(SsprRequirementAccessControl, v)
            if (v := d.pop("accessControl", UNSET)).__class__ is str
            else v
        )
        obj.primary = (
            _sspr_primary_requirement.SsprPrimaryRequirement.from_dict(v)
            if (v := d.pop("primary", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sspr_primary_requirement.SsprPrimaryRequirement, v)
        )
        obj.step_up = (
            _sspr_step_up_requirement.SsprStepUpRequirement.from_dict(v)
            if (v := d.pop("stepUp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sspr_step_up_requirement.SsprStepUpRequirement, v)
        )
        obj.additional_properties = d
        return obj
