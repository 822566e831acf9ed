from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    identity_source_group_memberships_upsert_profile_item as _identity_source_group_memberships_upsert_profile_item,
)

if TYPE_CHECKING:
    from typing import Self

    from .identity_source_group_memberships_upsert_profile_item import IdentitySourceGroupMembershipsUpsertProfileItem


@_attrs_define(kw_only=True)
class BulkGroupMembershipsUpsertRequestBody(OktaModel):
    """An Okta `BulkGroupMembershipsUpsertRequestBody`.

    Attributes:
        memberships: Array of group memberships that need to be inserted or updated in Okta
    """

    _json_names: ClassVar[dict[str, str]] = {
        "memberships": "memberships",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "memberships": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "memberships": lambda d: _convert.parse_model_list(
            _identity_source_group_memberships_upsert_profile_item.IdentitySourceGroupMembershipsUpsertProfileItem.from_json,
            d.get("memberships", UNSET),
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BulkGroupMembershipsUpsertRequestBody._json_names),
    }

    memberships: list[IdentitySourceGroupMembershipsUpsertProfileItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.memberships is not UNSET:
            d["memberships"] = _convert.dump_model_list(self.memberships, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.memberships = _convert.parse_model_list(
            _identity_source_group_memberships_upsert_profile_item.IdentitySourceGroupMembershipsUpsertProfileItem.from_dict,
            d.pop("memberships", UNSET),
        )
        obj.additional_properties = d
        return obj
