from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_custom_role_response as _links_custom_role_response
from .lifecycle_status import LifecycleStatus
from .role_assignment_type import RoleAssignmentType
from .role_type import RoleType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_custom_role_response import LinksCustomRoleResponse


@_attrs_define(kw_only=True)
class CustomRole(OktaModel):
    """Custom role assignment

    Attributes:
        type_ (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cdfd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d91610>
        assignment_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61ccf50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d8a710>
        created (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cd090>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cd210>
        id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cd2d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cd450>
        label (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cd4d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cd650>
        last_updated (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cd6d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cd850>
        resource_set (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cd910>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cda90>
        role (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cdb10>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cdc90>
        status (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61cdd10>`): LifecycleStatus
        field_links (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a61ce0d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f8aa50>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "assignmentType": "assignment_type",
        "created": "created",
        "id": "id",
        "label": "label",
        "lastUpdated": "last_updated",
        "resource-set": "resource_set",
        "role": "role",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "assignment_type": "enum",
        "created": "datetime",
        "id": "str",
        "label": "str",
        "last_updated": "datetime",
        "resource_set": "str",
        "role": "str",
        "status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: _convert.parse_enum(RoleType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "assignment_type": lambda d: (
            _convert.parse_enum(RoleAssignmentType, v) if (v := d.get("assignmentType", UNSET)).__class__ is str else v
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "label": "label",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "resource_set": "resource-set",
        "role": "role",
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_custom_role_response.LinksCustomRoleResponse.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_custom_role_response.LinksCustomRoleResponse, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CustomRole._json_names),
    }

    type_: RoleType | None | Unset
    assignment_type: RoleAssignmentType | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    resource_set: str | None | Unset = UNSET
    role: str | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    field_links: LinksCustomRoleResponse | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.assignment_type is not UNSET:
            d["assignmentType"] = self.assignment_type
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.label is not UNSET and not omit_read_only:
            d["label"] = self.label
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.resource_set is not UNSET and not omit_read_only:
            d["resource-set"] = self.resource_set
        if self.role is not UNSET and not omit_read_only:
            d["role"] = self.role
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET:
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
        obj.type_ = _convert.parse_enum(RoleType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.assignment_type = (
            _convert.parse_enum(RoleAssignmentType, v) if (v := d.pop("assignmentType", UNSET)).__class__ is str else v
        )
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.resource_set = d.pop("resource-set", UNSET)
        obj.role = d.pop("role", UNSET)
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_links = (
            _links_custom_role_response.LinksCustomRoleResponse.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_custom_role_response.LinksCustomRoleResponse, v)
        )
        obj.additional_properties = d
        return obj
