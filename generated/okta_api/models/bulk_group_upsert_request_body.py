from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import bulk_group_upsert_request_body_profiles_item as _bulk_group_upsert_request_body_profiles_item

if TYPE_CHECKING:
    from typing import Self

    from .bulk_group_upsert_request_body_profiles_item import BulkGroupUpsertRequestBodyProfilesItem


@_attrs_define(kw_only=True)
class BulkGroupUpsertRequestBody(OktaModel):
    """An Okta `BulkGroupUpsertRequestBody`.

    Attributes:
        profiles: Array of group profiles that needs to be inserted or updated in Okta
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profiles": "profiles",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profiles": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profiles": lambda d: _convert.parse_model_list(
            _bulk_group_upsert_request_body_profiles_item.BulkGroupUpsertRequestBodyProfilesItem.from_json,
            d.get("profiles", UNSET),
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BulkGroupUpsertRequestBody._json_names),
    }

    profiles: list[BulkGroupUpsertRequestBodyProfilesItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.profiles is not UNSET:
            d["profiles"] = _convert.dump_model_list(self.profiles, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.profiles = _convert.parse_model_list(
            _bulk_group_upsert_request_body_profiles_item.BulkGroupUpsertRequestBodyProfilesItem.from_dict,
            d.pop("profiles", UNSET),
        )
        obj.additional_properties = d
        return obj
