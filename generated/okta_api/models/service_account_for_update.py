from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ServiceAccountForUpdate(OktaModel):
    """An Okta `ServiceAccountForUpdate`.

    Attributes:
        description: The description of the service account
        name: The human-readable name for the service account
        owner_group_ids (`ownerGroupIds`): A list of IDs of the Okta groups who own the service account
        owner_user_ids (`ownerUserIds`): A list of IDs of the Okta users who own the service account
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "name": "name",
        "ownerGroupIds": "owner_group_ids",
        "ownerUserIds": "owner_user_ids",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "name": "str",
        "owner_group_ids": "list:str",
        "owner_user_ids": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "name": "name",
        "owner_group_ids": "ownerGroupIds",
        "owner_user_ids": "ownerUserIds",
        "additional_properties": lambda d: _convert.undeclared(d, ServiceAccountForUpdate._json_names),
    }

    description: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    owner_group_ids: list[str] | None | Unset = UNSET
    owner_user_ids: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.name is not UNSET:
            d["name"] = self.name
        if self.owner_group_ids is not UNSET:
            d["ownerGroupIds"] = self.owner_group_ids
        if self.owner_user_ids is not UNSET:
            d["ownerUserIds"] = self.owner_user_ids
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.description = d.pop("description", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.owner_group_ids = d.pop("ownerGroupIds", UNSET)
        obj.owner_user_ids = d.pop("ownerUserIds", UNSET)
        obj.additional_properties = d
        return obj
