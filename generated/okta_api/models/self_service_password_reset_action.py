from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import sspr_requirement as _sspr_requirement
from . import sspr_settings as _sspr_settings
from .policy_access import PolicyAccess
from .self_service_password_reset_action_type import SelfServicePasswordResetActionType

if TYPE_CHECKING:
    from typing import Self

    from .sspr_requirement import SsprRequirement
    from .sspr_settings import SsprSettings


@_attrs_define(kw_only=True)
class SelfServicePasswordResetAction(OktaModel):
    """Enables or disables users to reset their own password and defines the authenticators and constraints
    needed to complete the reset

    Attributes:
        access: PolicyAccess
        requirement: <x-lifecycle class="oie"></x-lifecycle> Describes the initial and secondary authenticator
            requirements a user needs to reset their password
        settings: <x-lifecycle-container><x-lifecycle
            class="ea"></x-lifecycle></x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle>
            Describes other behavioral settings that apply to the self-service password reset (SSPR)
            process
        type_ (`type`): <x-lifecycle class="oie"></x-lifecycle> The type of rule action
    """

    _json_names: ClassVar[dict[str, str]] = {
        "access": "access",
        "requirement": "requirement",
        "settings": "settings",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "access": "enum",
        "requirement": "model",
        "settings": "model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "access": lambda d: (
            _convert.parse_enum(PolicyAccess, v) if (v := d.get("access", UNSET)).__class__ is str else v
        ),
        "requirement": lambda d: (
            _sspr_requirement.SsprRequirement.from_json(v)
            if (v := d.get("requirement", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sspr_requirement.SsprRequirement, v)
        ),
        "settings": lambda d: (
            _sspr_settings.SsprSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sspr_settings.SsprSettings, v)
        ),
        "type_": lambda d: (
            _convert.parse_enum(SelfServicePasswordResetActionType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SelfServicePasswordResetAction._json_names),
    }

    access: PolicyAccess | None | Unset = UNSET
    requirement: SsprRequirement | None | Unset = UNSET
    settings: SsprSettings | None | Unset = UNSET
    type_: SelfServicePasswordResetActionType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.access is not UNSET:
            d["access"] = self.access
        if self.requirement is not UNSET:
            d["requirement"] = _convert.dump_model(self.requirement, omit_read_only)
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.access = _convert.parse_enum(PolicyAccess, v) if (v := d.pop("access", UNSET)).__class__ is str else v
        obj.requirement = (
            _sspr_requirement.SsprRequirement.from_dict(v)
            if (v := d.pop("requirement", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sspr_requirement.SsprRequirement, v)
        )
        obj.settings = (
            _sspr_settings.SsprSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_sspr_settings.SsprSettings, v)
        )
        obj.type_ = (
            _convert.parse_enum(SelfServicePasswordResetActionType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
