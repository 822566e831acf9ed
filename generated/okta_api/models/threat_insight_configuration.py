from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from .threat_insight_configuration_action import ThreatInsightConfigurationAction

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf


_parse_action = _convert.enum_parser(ThreatInsightConfigurationAction)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ThreatInsightConfiguration(OktaModel):
    """An Okta `ThreatInsightConfiguration`.

    Attributes:
        action: Specifies how Okta responds to authentication requests from suspicious IP addresses
        created (read-only, never sent): Timestamp when the ThreatInsight Configuration object was created
        exclude_zones (`excludeZones`): Accepts a list of [Network
            Zone](https://developer.okta.com/docs/api/openapi/okta-management/management/networkzone/)
            IDs.
            IPs in the excluded network zones aren't logged or blocked.
            This ensures that traffic from known, trusted IPs isn't accidentally logged or blocked.
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the ThreatInsight Configuration object was last updated
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "created": "created",
        "excludeZones": "exclude_zones",
        "lastUpdated": "last_updated",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "enum",
        "created": "datetime",
        "exclude_zones": "list:str",
        "last_updated": "datetime",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": ("action", _parse_action),
        "created": ("created", _convert.parse_datetime),
        "exclude_zones": ("excludeZones", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "field_links": ("_links", _parse_field_links),
    }

    action: ThreatInsightConfigurationAction | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    exclude_zones: list[str] | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        action: ThreatInsightConfigurationAction | None | Unset,
        created: datetime.datetime | None | Unset = UNSET,
        exclude_zones: list[str] | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if action is not UNSET:
            _set_field(self, "action", action)
        if created is not UNSET:
            _set_field(self, "created", created)
        if exclude_zones is not UNSET:
            _set_field(self, "exclude_zones", exclude_zones)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("action", UNSET)) is not UNSET:
            d["action"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("exclude_zones", UNSET)) is not UNSET:
            d["excludeZones"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("action", UNSET)) is not UNSET:
            obj.action = _parse_action(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("excludeZones", UNSET)) is not UNSET:
            obj.exclude_zones = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
