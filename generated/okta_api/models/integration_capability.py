from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .integration_capability_status import IntegrationCapabilityStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_status = _convert.enum_parser(IntegrationCapabilityStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class IntegrationCapability(OktaModel):
    """An Okta `IntegrationCapability`.

    Attributes:
        description: Description of the integration capability
        help_url (`helpUrl`): URL to the help documentation for the integration capability
        id: Unique identifier for the integration capability
        name: Name of the integration capability
        release_date (`releaseDate`, read-only, never sent): The date when the integration capability was released
        status: Status of the integration capability
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "helpUrl": "help_url",
        "id": "id",
        "name": "name",
        "releaseDate": "release_date",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "help_url": "str",
        "id": "str",
        "name": "str",
        "release_date": "datetime",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": ("description", None),
        "help_url": ("helpUrl", None),
        "id": ("id", None),
        "name": ("name", None),
        "release_date": ("releaseDate", _convert.parse_datetime),
        "status": ("status", _parse_status),
    }

    description: str | None = _attrs_field(init=False)
    help_url: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    release_date: datetime.datetime | None = _attrs_field(init=False)
    status: IntegrationCapabilityStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        help_url: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        release_date: datetime.datetime | None | Unset = UNSET,
        status: IntegrationCapabilityStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if help_url is not UNSET:
            _set_field(self, "help_url", help_url)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if release_date is not UNSET:
            _set_field(self, "release_date", release_date)
        if status is not UNSET:
            _set_field(self, "status", status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("help_url", UNSET)) is not UNSET:
            d["helpUrl"] = v
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("release_date", UNSET)) is not UNSET and not omit_read_only:
            d["releaseDate"] = _convert.dump_datetime(v)
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
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("helpUrl", UNSET)) is not UNSET:
            obj.help_url = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("releaseDate", UNSET)) is not UNSET:
            obj.release_date = _convert.parse_datetime(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
