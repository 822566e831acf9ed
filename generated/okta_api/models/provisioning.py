from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import provisioning_conditions as _provisioning_conditions
from . import provisioning_groups as _provisioning_groups
from .provisioning_action import ProvisioningAction

if TYPE_CHECKING:
    from typing import Self

    from .provisioning_conditions import ProvisioningConditions
    from .provisioning_groups import ProvisioningGroups


_parse_action = _convert.enum_parser(ProvisioningAction)


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _provisioning_conditions.ProvisioningConditions.from_json(v)
            if lazy
            else _provisioning_conditions.ProvisioningConditions.from_dict(v)
        )
    return _convert.parse_model(_provisioning_conditions.ProvisioningConditions, v)


def _parse_groups(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _provisioning_groups.ProvisioningGroups.from_json(v)
            if lazy
            else _provisioning_groups.ProvisioningGroups.from_dict(v)
        )
    return _convert.parse_model(_provisioning_groups.ProvisioningGroups, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class Provisioning(OktaModel):
    """Specifies the behavior for just-in-time (JIT) provisioning of an IdP user as a new Okta user and
    their group memberships

    Attributes:
        action: Specifies the user provisioning action during authentication when an IdP user isn't linked
            to an existing Okta user.
            * To successfully provision a new Okta user, you must enable just-in-time (JIT)
            provisioning in your org security settings.
            * If the target username isn't unique or the resulting Okta user profile is missing a
            required profile attribute, JIT provisioning may fail.
            * New Okta users are provisioned with either a `FEDERATION` or `SOCIAL` authentication
            provider depending on the IdP type.
        conditions: Conditional behaviors for an IdP user during authentication
        groups: Provisioning settings for a user's group memberships
        profile_master (`profileMaster`): Determines if the IdP should act as a source of truth for user profile attributes
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "conditions": "conditions",
        "groups": "groups",
        "profileMaster": "profile_master",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "enum",
        "conditions": "model",
        "groups": "model",
        "profile_master": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": ("action", _parse_action),
        "conditions": ("conditions", _parse_conditions),
        "groups": ("groups", _parse_groups),
        "profile_master": ("profileMaster", None),
    }

    action: ProvisioningAction | None = _attrs_field(init=False)
    conditions: ProvisioningConditions | None = _attrs_field(init=False)
    groups: ProvisioningGroups | None = _attrs_field(init=False)
    profile_master: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        action: ProvisioningAction | None | Unset = UNSET,
        conditions: ProvisioningConditions | None | Unset = UNSET,
        groups: ProvisioningGroups | None | Unset = UNSET,
        profile_master: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if action is not UNSET:
            _set_field(self, "action", action)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if groups is not UNSET:
            _set_field(self, "groups", groups)
        if profile_master is not UNSET:
            _set_field(self, "profile_master", profile_master)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("action", UNSET)) is not UNSET:
            d["action"] = v
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("groups", UNSET)) is not UNSET:
            d["groups"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("profile_master", UNSET)) is not UNSET:
            d["profileMaster"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("action", UNSET)) is not UNSET:
            obj.action = _parse_action(v, False)
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("groups", UNSET)) is not UNSET:
            obj.groups = _parse_groups(v, False)
        if (v := d.pop("profileMaster", UNSET)) is not UNSET:
            obj.profile_master = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
