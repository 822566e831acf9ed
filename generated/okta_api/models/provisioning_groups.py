from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .provisioning_groups_action import ProvisioningGroupsAction

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ProvisioningGroups(OktaModel):
    """Provisioning settings for a user's group memberships

    Attributes:
        action: Provisioning action for the IdP user's group memberships

            | Enum     | Description
            | Existing OKTA_GROUP Memberships
            | Existing APP_GROUP Memberships | Existing BUILT_IN Memberships |
            | -------- |
            -----------------------------------------------------------------------------------------------------------------------------------------------------------------
            |
            -----------------------------------------------------------------------------------------------------
            | ------------------------------ | ----------------------------- |
            | `APPEND` | Adds a user to any group defined by the IdP as a value of the
            `sourceAttributeName` array that matches the name of the allow listed group defined in the
            `filter` | Unchanged
            | Unchanged                      | Unchanged                     |
            | `ASSIGN` | Assigns a user to groups defined in the `assignments` array
            | Unchanged
            | Unchanged                      | Unchanged                     |
            | `NONE`   | Skips processing of group memberships
            | Unchanged
            | Unchanged                      | Unchanged                     |
            | `SYNC`   | Group memberships are sourced by the IdP as a value of the
            `sourceAttributeName` array that matches the name of the group defined in the `filter`
            | Removed if not defined by the IdP in `sourceAttributeName` and matching name of the
            group in `filter` | Unchanged                      | Unchanged                     |

            > **Note:** Group provisioning action is processed independently from profile sourcing.
            You can sync group memberships through SAML with profile sourcing disabled.
        assignments: List of `OKTA_GROUP` group identifiers to add an IdP user as a member with the `ASSIGN`
            action
        filter_ (`filter`): Allowlist of `OKTA_GROUP` group identifiers for the `APPEND` or `SYNC` provisioning action
        source_attribute_name (`sourceAttributeName`): IdP user profile attribute name (case-insensitive) for an array value that contains group
            memberships
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "assignments": "assignments",
        "filter": "filter_",
        "sourceAttributeName": "source_attribute_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "enum",
        "assignments": "list:str",
        "filter_": "list:str",
        "source_attribute_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": lambda d: (
            _convert.parse_enum(ProvisioningGroupsAction, v) if (v := d.get("action", UNSET)).__class__ is str else v
        ),
        "assignments": "assignments",
        "filter_": "filter",
        "source_attribute_name": "sourceAttributeName",
        "additional_properties": lambda d: _convert.undeclared(d, ProvisioningGroups._json_names),
    }

    action: ProvisioningGroupsAction | None | Unset = UNSET
    assignments: list[str] | None | Unset = UNSET
    filter_: list[str] | None | Unset = UNSET
    source_attribute_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = self.action
        if self.assignments is not UNSET:
            d["assignments"] = self.assignments
        if self.filter_ is not UNSET:
            d["filter"] = self.filter_
        if self.source_attribute_name is not UNSET:
            d["sourceAttributeName"] = self.source_attribute_name
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
            _convert.parse_enum(ProvisioningGroupsAction, v) if (v := d.pop("action", UNSET)).__class__ is str else v
        )
        obj.assignments = d.pop("assignments", UNSET)
        obj.filter_ = d.pop("filter", UNSET)
        obj.source_attribute_name = d.pop("sourceAttributeName", UNSET)
        obj.additional_properties = d
        return obj
