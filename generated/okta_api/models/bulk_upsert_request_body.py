from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import bulk_upsert_request_body_profiles_item as _bulk_upsert_request_body_profiles_item
from .bulk_upsert_request_body_entity_type import BulkUpsertRequestBodyEntityType

if TYPE_CHECKING:
    from typing import Self

    from .bulk_upsert_request_body_profiles_item import BulkUpsertRequestBodyProfilesItem


_parse_entity_type = _convert.enum_parser(BulkUpsertRequestBodyEntityType)


def _parse_profiles(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _bulk_upsert_request_body_profiles_item.BulkUpsertRequestBodyProfilesItem.from_json
        if lazy
        else _bulk_upsert_request_body_profiles_item.BulkUpsertRequestBodyProfilesItem.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "entity_type": ("entityType", _parse_entity_type),
        "profiles": ("profiles", _parse_profiles),
    }

    entity_type: BulkUpsertRequestBodyEntityType | None = _attrs_field(init=False)
    profiles: list[BulkUpsertRequestBodyProfilesItem] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        entity_type: BulkUpsertRequestBodyEntityType | None | Unset = UNSET,
        profiles: list[BulkUpsertRequestBodyProfilesItem] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if entity_type is not UNSET:
            _set_field(self, "entity_type", entity_type)
        if profiles is not UNSET:
            _set_field(self, "profiles", profiles)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("entity_type", UNSET)) is not UNSET:
            d["entityType"] = v
        if (v := values.get("profiles", UNSET)) is not UNSET:
            d["profiles"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("entityType", UNSET)) is not UNSET:
            obj.entity_type = _parse_entity_type(v, False)
        if (v := d.pop("profiles", UNSET)) is not UNSET:
            obj.profiles = _parse_profiles(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
