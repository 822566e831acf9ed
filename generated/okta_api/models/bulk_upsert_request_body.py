from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import bulk_upsert_request_body_profiles_item as _bulk_upsert_request_body_profiles_item
from .bulk_upsert_request_body_entity_type import BulkUpsertRequestBodyEntityType

if TYPE_CHECKING:
    from typing import Self

    from .bulk_upsert_request_body_profiles_item import BulkUpsertRequestBodyProfilesItem


@_attrs_define(kw_only=True)
class BulkUpsertRequestBody(OktaModel):
    """An Okta `BulkUpsertRequestBody`.

    Attributes:
        entity_type (`entityType`): The type of data to upsert into the session. Currently, only `USERS` is supported.
        profiles: Array of user profiles to be uploaded
    """

    _json_names: ClassVar[dict[str, str]] = {
        "entityType": "entity_type",
        "profiles": "profiles",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "entity_type": "enum",
        "profiles": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "entity_type": lambda d: (
            _convert.parse_enum(BulkUpsertRequestBodyEntityType, v)
            if (v := d.get("entityType", UNSET)).__class__ is str
            else v
        ),
        "profiles": lambda d: _convert.parse_model_list(
            _bulk_upsert_request_body_profiles_item.BulkUpsertRequestBodyProfilesItem.from_json,
            d.get("profiles", UNSET),
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BulkUpsertRequestBody._json_names),
    }

    entity_type: BulkUpsertRequestBodyEntityType | None | Unset = UNSET
    profiles: list[BulkUpsertRequestBodyProfilesItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.entity_type is not UNSET:
            d["entityType"] = self.entity_type
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
        obj.entity_type = (
            _convert.parse_enum(BulkUpsertRequestBodyEntityType, v)
            if (v := d.pop("entityType", UNSET)).__class__ is str
            else v
        )
        obj.profiles = _convert.parse_model_list(
            _bulk_upsert_request_body_profiles_item.BulkUpsertRequestBodyProfilesItem.from_dict,
            d.pop("profiles", UNSET),
        )
        obj.additional_properties = d
        return obj
