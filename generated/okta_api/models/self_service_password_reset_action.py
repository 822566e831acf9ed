from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import sspr_requirement as _sspr_requirement
from . import sspr_settings as _sspr_settings
from .policy_access import PolicyAccess
from .self_service_password_reset_action_type import SelfServicePasswordResetActionType

if TYPE_CHECKING:
    from typing import Self

    from .sspr_requirement import SsprRequirement
    from .sspr_settings import SsprSettings


_parse_access = _convert.enum_parser(PolicyAccess)


def _parse_requirement(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _sspr_requirement.SsprRequirement.from_json(v) if lazy else _sspr_requirement.SsprRequirement.from_dict(v)
        )
    return _convert.parse_model(_sspr_requirement.SsprRequirement, v)


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _sspr_settings.SsprSettings.from_json(v) if lazy else _sspr_settings.SsprSettings.from_dict(v)
    return _convert.parse_model(_sspr_settings.SsprSettings, v)


_parse_type_ = _convert.enum_parser(SelfServicePasswordResetActionType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "access": ("access", _parse_access),
        "requirement": ("requirement", _parse_requirement),
        "settings": ("settings", _parse_settings),
        "type_": ("type", _parse_type_),
    }

    access: PolicyAccess | None = _attrs_field(init=False)
    requirement: SsprRequirement | None = _attrs_field(init=False)
    settings: SsprSettings | None = _attrs_field(init=False)
    type_: SelfServicePasswordResetActionType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        access: PolicyAccess | None | Unset = UNSET,
        requirement: SsprRequirement | None | Unset = UNSET,
        settings: SsprSettings | None | Unset = UNSET,
        type_: SelfServicePasswordResetActionType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if access is not UNSET:
            _set_field(self, "access", access)
        if requirement is not UNSET:
            _set_field(self, "requirement", requirement)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("access", UNSET)) is not UNSET:
            d["access"] = v
        if (v := values.get("requirement", UNSET)) is not UNSET:
            d["requirement"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("access", UNSET)) is not UNSET:
            obj.access = _parse_access(v, False)
        if (v := d.pop("requirement", UNSET)) is not UNSET:
            obj.requirement = _parse_requirement(v, False)
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
