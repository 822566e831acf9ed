from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_type_links as _user_type_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_type_links import UserTypeLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _user_type_links.UserTypeLinks.from_json(v) if lazy else _user_type_links.UserTypeLinks.from_dict(v)
    return _convert.parse_model(_user_type_links.UserTypeLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "display_name": ("displayName", None),
        "name": ("name", None),
        "created": ("created", _convert.parse_datetime),
        "created_by": ("createdBy", None),
        "default": ("default", None),
        "description": ("description", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "last_updated_by": ("lastUpdatedBy", None),
        "field_links": ("_links", _parse_field_links),
    }

    display_name: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    created_by: str | None = _attrs_field(init=False)
    default: bool | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    last_updated_by: str | None = _attrs_field(init=False)
    field_links: UserTypeLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        display_name: str | None | Unset,
        name: str | None | Unset,
        created: datetime.datetime | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        last_updated_by: str | None | Unset = UNSET,
        field_links: UserTypeLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if name is not UNSET:
            _set_field(self, "name", name)
        if created is not UNSET:
            _set_field(self, "created", created)
        if created_by is not UNSET:
            _set_field(self, "created_by", created_by)
        if default is not UNSET:
            _set_field(self, "default", default)
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if last_updated_by is not UNSET:
            _set_field(self, "last_updated_by", last_updated_by)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("display_name", UNSET)) is not UNSET:
            d["displayName"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("created_by", UNSET)) is not UNSET and not omit_read_only:
            d["createdBy"] = v
        if (v := values.get("default", UNSET)) is not UNSET and not omit_read_only:
            d["default"] = v
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated_by", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("createdBy", UNSET)) is not UNSET:
            obj.created_by = v
        if (v := d.pop("default", UNSET)) is not UNSET:
            obj.default = v
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdatedBy", UNSET)) is not UNSET:
            obj.last_updated_by = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
