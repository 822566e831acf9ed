from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import provisioning_conditions as _provisioning_conditions
from . import provisioning_groups as _provisioning_groups
from .provisioning_action import ProvisioningAction

if TYPE_CHECKING:
    from typing import Self

    from .provisioning_conditions import ProvisioningConditions
    from .provisioning_groups import ProvisioningGroups


@_attrs_define(kw_only=True)
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
        "action": lambda d: (
            _convert.parse_enum(ProvisioningAction, v) if (v := d.get("action", UNSET)).__class__ is str else v
        ),
        "conditions": lambda d: (
            _provisioning_conditions.ProvisioningConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_conditions.ProvisioningConditions, v)
        ),
        "groups": lambda d: (
            _provisioning_groups.ProvisioningGroups.from_json(v)
            if (v := d.get("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_groups.ProvisioningGroups, v)
        ),
        "profile_master": "profileMaster",
        "additional_properties": lambda d: _convert.undeclared(d, Provisioning._json_names),
    }

    action: ProvisioningAction | None | Unset = UNSET
    conditions: ProvisioningConditions | None | Unset = UNSET
    groups: ProvisioningGroups | None | Unset = UNSET
    profile_master: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = self.action
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.groups is not UNSET:
            d["groups"] = _convert.dump_model(self.groups, omit_read_only)
        if self.profile_master is not UNSET:
            d["profileMaster"] = self.profile_master
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.action = _convert.parse_enum(ProvisioningAction, v) if (v := d.pop("action", UNSET)).__class__ is str else v
        obj.conditions = (
            _provisioning_conditions.ProvisioningConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_conditions.ProvisioningConditions, v)
        )
        obj.groups = (
            _provisioning_groups.ProvisioningGroups.from_dict(v)
            if (v := d.pop("groups", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_groups.ProvisioningGroups, v)
        )
        obj.profile_master = d.pop("profileMaster", UNSET)
        obj.additional_properties = d
        return obj
