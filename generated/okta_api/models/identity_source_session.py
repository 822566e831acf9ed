from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .identity_source_session_status import IdentitySourceSessionStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class IdentitySourceSession(OktaModel):
    """An Okta `IdentitySourceSession`.

    Attributes:
        created (read-only, never sent): The timestamp when the identity source session was created
        id (read-only, never sent): The ID of the identity source session
        identity_source_id (`identitySourceId`, read-only, never sent): The ID of the custom identity source for which the session is created
        import_type (`importType`, read-only, never sent): The type of import.  All imports are `INCREMENTAL` imports.
        last_updated (`lastUpdated`, read-only, never sent): The timestamp when the identity source session was created
        status: The current status of the identity source session
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "identitySourceId": "identity_source_id",
        "importType": "import_type",
        "lastUpdated": "last_updated",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "identity_source_id": "str",
        "import_type": "str",
        "last_updated": "datetime",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "identity_source_id": "identitySourceId",
        "import_type": "importType",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(IdentitySourceSessionStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentitySourceSession._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    identity_source_id: str | None | Unset = UNSET
    import_type: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    status: IdentitySourceSessionStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.identity_source_id is not UNSET and not omit_read_only:
            d["identitySourceId"] = self.identity_source_id
        if self.import_type is not UNSET and not omit_read_only:
            d["importType"] = self.import_type
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.status is not UNSET:
            d["status"] = self.status
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
        obj.identity_source_id = d.pop("identitySourceId", UNSET)
        obj.import_type = d.pop("importType", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.status = (
            _convert.parse_enum(IdentitySourceSessionStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
