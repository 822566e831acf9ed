from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object_assignee_link as _href_object_assignee_link
from . import href_object_member_link as _href_object_member_link
from . import href_object_permissions_link as _href_object_permissions_link
from . import href_object_resource_set_link as _href_object_resource_set_link
from . import href_object_role_link as _href_object_role_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_assignee_link import HrefObjectAssigneeLink
    from .href_object_member_link import HrefObjectMemberLink
    from .href_object_permissions_link import HrefObjectPermissionsLink
    from .href_object_resource_set_link import HrefObjectResourceSetLink
    from .href_object_role_link import HrefObjectRoleLink


@_attrs_define(kw_only=True)
class LinksCustomRoleResponse(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available using
    the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification. This object
    is used for dynamic discovery of related resources.

    Attributes:
        assignee: HrefObjectAssigneeLink
        member: HrefObjectMemberLink
        permissions: HrefObjectPermissionsLink
        resource_set (`resource-set`): HrefObjectResourceSetLink
        role: HrefObjectRoleLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "assignee": "assignee",
        "member": "member",
        "permissions": "permissions",
        "resource-set": "resource_set",
        "role": "role",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "assignee": "model",
        "member": "model",
        "permissions": "model",
        "resource_set": "model",
        "role": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "assignee": lambda d: (
            _href_object_assignee_link.HrefObjectAssigneeLink.from_json(v)
            if (v := d.get("assignee", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_assignee_link.HrefObjectAssigneeLink, v)
        ),
        "member": lambda d: (
            _href_object_member_link.HrefObjectMemberLink.from_json(v)
            if (v := d.get("member", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_member_link.HrefObjectMemberLink, v)
        ),
        "permissions": lambda d: (
            _href_object_permissions_link.HrefObjectPermissionsLink.from_json(v)
            if (v := d.get("permissions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_permissions_link.HrefObjectPermissionsLink, v)
        ),
        "resource_set": lambda d: (
            _href_object_resource_set_link.HrefObjectResourceSetLink.from_json(v)
            if (v := d.get("resource-set", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_resource_set_link.HrefObjectResourceSetLink, v)
        ),
        "role": lambda d: (
            _href_object_role_link.HrefObjectRoleLink.from_json(v)
            if (v := d.get("role", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_role_link.HrefObjectRoleLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LinksCustomRoleResponse._json_names),
    }

    assignee: HrefObjectAssigneeLink | None | Unset = UNSET
    member: HrefObjectMemberLink | None | Unset = UNSET
    permissions: HrefObjectPermissionsLink | None | Unset = UNSET
    resource_set: HrefObjectResourceSetLink | None | Unset = UNSET
    role: HrefObjectRoleLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.assignee is not UNSET:
            d["assignee"] = _convert.dump_model(self.assignee, omit_read_only)
        if self.member is not UNSET:
            d["member"] = _convert.dump_model(self.member, omit_read_only)
        if self.permissions is not UNSET:
            d["permissions"] = _convert.dump_model(self.permissions, omit_read_only)
        if self.resource_set is not UNSET:
            d["resource-set"] = _convert.dump_model(self.resource_set, omit_read_only)
        if self.role is not UNSET:
            d["role"] = _convert.dump_model(self.role, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.assignee = (
            _href_object_assignee_link.HrefObjectAssigneeLink.from_dict(v)
            if (v := d.pop("assignee", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_assignee_link.HrefObjectAssigneeLink, v)
        )
        obj.member = (
            _href_object_member_link.HrefObjectMemberLink.from_dict(v)
            if (v := d.pop("member", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_member_link.HrefObjectMemberLink, v)
        )
        obj.permissions = (
            _href_object_permissions_link.HrefObjectPermissionsLink.from_dict(v)
            if (v := d.pop("permissions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_permissions_link.HrefObjectPermissionsLink, v)
        )
        obj.resource_set = (
            _href_object_resource_set_link.HrefObjectResourceSetLink.from_dict(v)
            if (v := d.pop("resource-set", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_resource_set_link.HrefObjectResourceSetLink, v)
        )
        obj.role = (
            _href_object_role_link.HrefObjectRoleLink.from_dict(v)
            if (v := d.pop("role", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_role_link.HrefObjectRoleLink, v)
        )
        obj.additional_properties = d
        return obj
