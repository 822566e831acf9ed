from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import sspr_primary_requirement as _sspr_primary_requirement
from . import sspr_step_up_requirement as _sspr_step_up_requirement
from .sspr_requirement_access_control import SsprRequirementAccessControl

if TYPE_CHECKING:
    from typing import Self

    from .sspr_primary_requirement import SsprPrimaryRequirement
    from .sspr_step_up_requirement import SsprStepUpRequirement


_parse_access_control = _convert.enum_parser(SsprRequirementAccessControl)


def _parse_primary(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _sspr_primary_requirement.SsprPrimaryRequirement.from_json(v)
            if lazy
            else _sspr_primary_requirement.SsprPrimaryRequirement.from_dict(v)
        )
    return _convert.parse_model(_sspr_primary_requirement.SsprPrimaryRequirement, v)


def _parse_step_up(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _sspr_step_up_requirement.SsprStepUpRequirement.from_json(v)
            if lazy
            else _sspr_step_up_requirement.SsprStepUpRequirement.from_dict(v)
        )
    return _convert.parse_model(_sspr_step_up_requirement.SsprStepUpRequirement, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "access_control": ("accessControl", _parse_access_control),
        "primary": ("primary", _parse_primary),
        "step_up": ("stepUp", _parse_step_up),
    }

    access_control: SsprRequirementAccessControl | None = _attrs_field(init=False)
    primary: SsprPrimaryRequirement | None = _attrs_field(init=False)
    step_up: SsprStepUpRequirement | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        access_control: SsprRequirementAccessControl | None | Unset = UNSET,
        primary: SsprPrimaryRequirement | None | Unset = UNSET,
        step_up: SsprStepUpRequirement | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if access_control is not UNSET:
            _set_field(self, "access_control", access_control)
        if primary is not UNSET:
            _set_field(self, "primary", primary)
        if step_up is not UNSET:
            _set_field(self, "step_up", step_up)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("access_control", UNSET)) is not UNSET:
            d["accessControl"] = v
        if (v := values.get("primary", UNSET)) is not UNSET:
            d["primary"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("step_up", UNSET)) is not UNSET:
            d["stepUp"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("accessControl", UNSET)) is not UNSET:
            obj.access_control = _parse_access_control(v, False)
        if (v := d.pop("primary", UNSET)) is not UNSET:
            obj.primary = _parse_primary(v, False)
        if (v := d.pop("stepUp", UNSET)) is not UNSET:
            obj.step_up = _parse_step_up(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
