from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import groups_response_schema_profile as _groups_response_schema_profile

if TYPE_CHECKING:
    from typing import Self

    from .groups_response_schema_profile import GroupsResponseSchemaProfile


@_attrs_define(kw_only=True)
class GroupsResponseSchema(OktaModel):
    """An Okta `GroupsResponseSchema`.

    Attributes:
        external_id (`externalId`): The external ID of the identity source group
        id (read-only, never sent): The Okta group ID of the identity source group
        profile: The profile information of the group
    """

    _json_names: ClassVar[dict[str, str]] = {
        "externalId": "external_id",
        "id": "id",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "external_id": "str",
        "id": "str",
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "external_id": "externalId",
        "id": "id",
        "profile": lambda d: (
            _groups_response_schema_profile.GroupsResponseSchemaProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_groups_response_schema_profile.GroupsResponseSchemaProfile, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupsResponseSchema._json_names),
    }

    external_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    profile: GroupsResponseSchemaProfile | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.external_id is not UNSET:
            d["externalId"] = self.external_id
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.external_id = d.pop("externalId", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.profile = (
            _groups_response_schema_profile.GroupsResponseSchemaProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_groups_response_schema_profile.GroupsResponseSchemaProfile, v)
        )
        obj.additional_properties = d
        return obj
