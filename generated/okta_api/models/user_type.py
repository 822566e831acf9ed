from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_type_links as _user_type_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_type_links import UserTypeLinks


@_attrs_define(kw_only=True)
class UserType(OktaModel):
    """An Okta `UserType`.

    Attributes:
        display_name (`displayName`): The human-readable name of the user type
        name: The name of the user type. The name must start with A-Z or a-z and contain only A-Z, a-z,
            0-9, or underscore (_) characters. This value becomes read-only after creation and can't
            be updated.
        created (read-only, never sent): A timestamp from when the user type was created
        created_by (`createdBy`, read-only, never sent): The user ID of the account that created the user type
        default (read-only, never sent): A boolean value to indicate if this is the default user type
        description: The human-readable description of the user type
        id (read-only, never sent): The unique key for the user type
        last_updated (`lastUpdated`, read-only, never sent): A timestamp from when the user type was most recently updated
        last_updated_by (`lastUpdatedBy`, read-only, never sent): The user ID of the most recent account to edit the user type
        field_links (`_links`): UserTypeLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "displayName": "display_name",
        "name": "name",
        "created": "created",
        "createdBy": "created_by",
        "default": "default",
        "description": "description",
        "id": "id",
        "lastUpdated": "last_updated",
        "lastUpdatedBy": "last_updated_by",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "display_name": "str",
        "name": "str",
        "created": "datetime",
        "created_by": "str",
        "default": "bool",
        "description": "str",
        "id": "str",
        "last_updated": "datetime",
        "last_updated_by": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "display_name": "displayName",
        "name": "name",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "created_by": "createdBy",
        "default": "default",
        "description": "description",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "last_updated_by": "lastUpdatedBy",
        "field_links": lambda d: (
            _user_type_links.UserTypeLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_type_links.UserTypeLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserType._json_names),
    }

    display_name: str | None | Unset
    name: str | None | Unset
    created: datetime.datetime | None | Unset = UNSET
    created_by: str | None | Unset = UNSET
    default: bool | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    last_updated_by: str | None | Unset = UNSET
    field_links: UserTypeLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.name is not UNSET:
            d["name"] = self.name
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.created_by is not UNSET and not omit_read_only:
            d["createdBy"] = self.created_by
        if self.default is not UNSET and not omit_read_only:
            d["default"] = self.default
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.last_updated_by is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = self.last_updated_by
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
        obj.display_name = d.pop("displayName", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.created_by = d.pop("createdBy", UNSET)
        obj.default = d.pop("default", UNSET)
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.last_updated_by = d.pop("lastUpdatedBy", UNSET)
        obj.field_links = (
            _user_type_links.UserTypeLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_type_links.UserTypeLinks, v)
        )
        obj.additional_properties = d
        return obj
