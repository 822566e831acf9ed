from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .identity_source_session_status import IdentitySourceSessionStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_status = _convert.enum_parser(IdentitySourceSessionStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "identity_source_id": ("identitySourceId", None),
        "import_type": ("importType", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "status": ("status", _parse_status),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    identity_source_id: str | None = _attrs_field(init=False)
    import_type: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    status: IdentitySourceSessionStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        identity_source_id: str | None | Unset = UNSET,
        import_type: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        status: IdentitySourceSessionStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if identity_source_id is not UNSET:
            _set_field(self, "identity_source_id", identity_source_id)
        if import_type is not UNSET:
            _set_field(self, "import_type", import_type)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if status is not UNSET:
            _set_field(self, "status", status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("identity_source_id", UNSET)) is not UNSET and not omit_read_only:
            d["identitySourceId"] = v
        if (v := values.get("import_type", UNSET)) is not UNSET and not omit_read_only:
            d["importType"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("identitySourceId", UNSET)) is not UNSET:
            obj.identity_source_id = v
        if (v := d.pop("importType", UNSET)) is not UNSET:
            obj.import_type = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
