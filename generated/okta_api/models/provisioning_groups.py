from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .provisioning_groups_action import ProvisioningGroupsAction

if TYPE_CHECKING:
    from typing import Self


_parse_action = _convert.enum_parser(ProvisioningGroupsAction)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "action": ("action", _parse_action),
        "assignments": ("assignments", None),
        "filter_": ("filter", None),
        "source_attribute_name": ("sourceAttributeName", None),
    }

    action: ProvisioningGroupsAction | None = _attrs_field(init=False)
    assignments: list[str] | None = _attrs_field(init=False)
    filter_: list[str] | None = _attrs_field(init=False)
    source_attribute_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        action: ProvisioningGroupsAction | None | Unset = UNSET,
        assignments: list[str] | None | Unset = UNSET,
        filter_: list[str] | None | Unset = UNSET,
        source_attribute_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if action is not UNSET:
            _set_field(self, "action", action)
        if assignments is not UNSET:
            _set_field(self, "assignments", assignments)
        if filter_ is not UNSET:
            _set_field(self, "filter_", filter_)
        if source_attribute_name is not UNSET:
            _set_field(self, "source_attribute_name", source_attribute_name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("action", UNSET)) is not UNSET:
            d["action"] = v
        if (v := values.get("assignments", UNSET)) is not UNSET:
            d["assignments"] = v
        if (v := values.get("filter_", UNSET)) is not UNSET:
            d["filter"] = v
        if (v := values.get("source_attribute_name", UNSET)) is not UNSET:
            d["sourceAttributeName"] = v
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
        if (v := d.pop("assignments", UNSET)) is not UNSET:
            obj.assignments = v
        if (v := d.pop("filter", UNSET)) is not UNSET:
            obj.filter_ = v
        if (v := d.pop("sourceAttributeName", UNSET)) is not UNSET:
            obj.source_attribute_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
