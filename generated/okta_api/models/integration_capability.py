from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .integration_capability_status import IntegrationCapabilityStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
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
        "description": "description",
        "help_url": "helpUrl",
        "id": "id",
        "name": "name",
        "release_date": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("releaseDate", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(IntegrationCapabilityStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IntegrationCapability._json_names),
    }

    description: str | None | Unset = UNSET
    help_url: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    release_date: datetime.datetime | None | Unset = UNSET
    status: IntegrationCapabilityStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.help_url is not UNSET:
            d["helpUrl"] = self.help_url
        if self.id is not UNSET:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.release_date is not UNSET and not omit_read_only:
            d["releaseDate"] = _convert.dump_datetime(self.release_date)
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
        obj.description = d.pop("description", UNSET)
        obj.help_url = d.pop("helpUrl", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.release_date = _convert.parse_datetime_text(v) if (v := d.pop("releaseDate", UNSET)).__class__ is str else v
        obj.status = (
            _convert.parse_enum(IntegrationCapabilityStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
