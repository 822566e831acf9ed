from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_next_for_role_assignments as _links_next_for_role_assignments
from . import role_assigned_user as _role_assigned_user

if TYPE_CHECKING:
    from typing import Self

    from .links_next_for_role_assignments import LinksNextForRoleAssignments
    from .role_assigned_user import RoleAssignedUser


@_attrs_define(kw_only=True)
class RoleAssignedUsers(OktaModel):
    """An Okta `RoleAssignedUsers`.

    Attributes:
        value: list[RoleAssignedUser]
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "value": "value",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "value": "list:model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "value": lambda d: _convert.parse_model_list(
            _role_assigned_user.RoleAssignedUser.from_json, d.get("value", UNSET)
        ),
        "field_links": lambda d: (
            _links_next_for_role_assignments.LinksNextForRoleAssignments.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_next_for_role_assignments.LinksNextForRoleAssignments, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RoleAssignedUsers._json_names),
    }

    value: list[RoleAssignedUser] | None | Unset = UNSET
    field_links: LinksNextForRoleAssignments | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.value is not UNSET:
            d["value"] = _convert.dump_model_list(self.value, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.value = _convert.parse_model_list(_role_assigned_user.RoleAssignedUser.from_dict, d.pop("value", UNSET))
        obj.field_links = (
            _links_next_for_role_assignments.LinksNextForRoleAssignments.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_next_for_role_assignments.LinksNextForRoleAssignments, v)
        )
        obj.additional_properties = d
        return obj
