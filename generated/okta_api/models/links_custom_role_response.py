from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_assignee(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_assignee_link.HrefObjectAssigneeLink.from_json(v)
            if lazy
            else _href_object_assignee_link.HrefObjectAssigneeLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_assignee_link.HrefObjectAssigneeLink, v)


def _parse_member(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_member_link.HrefObjectMemberLink.from_json(v)
            if lazy
            else _href_object_member_link.HrefObjectMemberLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_member_link.HrefObjectMemberLink, v)


def _parse_permissions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_permissions_link.HrefObjectPermissionsLink.from_json(v)
            if lazy
            else _href_object_permissions_link.HrefObjectPermissionsLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_permissions_link.HrefObjectPermissionsLink, v)


def _parse_resource_set(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_resource_set_link.HrefObjectResourceSetLink.from_json(v)
            if lazy
            else _href_object_resource_set_link.HrefObjectResourceSetLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_resource_set_link.HrefObjectResourceSetLink, v)


def _parse_role(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_role_link.HrefObjectRoleLink.from_json(v)
            if lazy
            else _href_object_role_link.HrefObjectRoleLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_role_link.HrefObjectRoleLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "assignee": ("assignee", _parse_assignee),
        "member": ("member", _parse_member),
        "permissions": ("permissions", _parse_permissions),
        "resource_set": ("resource-set", _parse_resource_set),
        "role": ("role", _parse_role),
    }

    assignee: HrefObjectAssigneeLink | None = _attrs_field(init=False)
    member: HrefObjectMemberLink | None = _attrs_field(init=False)
    permissions: HrefObjectPermissionsLink | None = _attrs_field(init=False)
    resource_set: HrefObjectResourceSetLink | None = _attrs_field(init=False)
    role: HrefObjectRoleLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        assignee: HrefObjectAssigneeLink | None | Unset = UNSET,
        member: HrefObjectMemberLink | None | Unset = UNSET,
        permissions: HrefObjectPermissionsLink | None | Unset = UNSET,
        resource_set: HrefObjectResourceSetLink | None | Unset = UNSET,
        role: HrefObjectRoleLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if assignee is not UNSET:
            _set_field(self, "assignee", assignee)
        if member is not UNSET:
            _set_field(self, "member", member)
        if permissions is not UNSET:
            _set_field(self, "permissions", permissions)
        if resource_set is not UNSET:
            _set_field(self, "resource_set", resource_set)
        if role is not UNSET:
            _set_field(self, "role", role)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("assignee", UNSET)) is not UNSET:
            d["assignee"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("member", UNSET)) is not UNSET:
            d["member"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("permissions", UNSET)) is not UNSET:
            d["permissions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("resource_set", UNSET)) is not UNSET:
            d["resource-set"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("role", UNSET)) is not UNSET:
            d["role"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("assignee", UNSET)) is not UNSET:
            obj.assignee = _parse_assignee(v, False)
        if (v := d.pop("member", UNSET)) is not UNSET:
            obj.member = _parse_member(v, False)
        if (v := d.pop("permissions", UNSET)) is not UNSET:
            obj.permissions = _parse_permissions(v, False)
        if (v := d.pop("resource-set", UNSET)) is not UNSET:
            obj.resource_set = _parse_resource_set(v, False)
        if (v := d.pop("role", UNSET)) is not UNSET:
            obj.role = _parse_role(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
