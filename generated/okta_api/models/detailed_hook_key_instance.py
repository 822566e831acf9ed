from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import embedded as _embedded

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .embedded import Embedded


@_attrs_define(kw_only=True)
class DetailedHookKeyInstance(OktaModel):
    """DetailedHookKeyInstance

    A key object with public key details

    Attributes:
        created (read-only, never sent): Timestamp when the key was created
        id (read-only, never sent): The unique Okta ID of this key record
        is_used (`isUsed`, read-only, never sent): Whether this key is currently in use by other applications
        key_id (`keyId`, read-only, never sent): The alias of the public key
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the key was updated
        name: Display name of the key
        field_embedded (`_embedded`): The Public Key Details are defined in the `_embedded` property of the Key object.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "isUsed": "is_used",
        "keyId": "key_id",
        "lastUpdated": "last_updated",
        "name": "name",
        "_embedded": "field_embedded",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "is_used": "str",
        "key_id": "str",
        "last_updated": "datetime",
        "name": "str",
        "field_embedded": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "is_used": "isUsed",
        "key_id": "keyId",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "field_embedded": lambda d: (
            _embedded.Embedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_embedded.Embedded, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DetailedHookKeyInstance._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    is_used: str | None | Unset = UNSET
    key_id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    field_embedded: Embedded | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.is_used is not UNSET and not omit_read_only:
            d["isUsed"] = self.is_used
        if self.key_id is not UNSET and not omit_read_only:
            d["keyId"] = self.key_id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.field_embedded is not UNSET:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.is_used = d.pop("isUsed", UNSET)
        obj.key_id = d.pop("keyId", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.field_embedded = (
            _embedded.Embedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_embedded.Embedded, v)
        )
        obj.additional_properties = d
        return obj
