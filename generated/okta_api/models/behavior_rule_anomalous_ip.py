from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import behavior_rule_settings_anomalous_ip as _behavior_rule_settings_anomalous_ip
from . import links_self as _links_self
from .behavior_rule import BehaviorRule
from .behavior_rule_type import BehaviorRuleType
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    from typing import Self

    from .behavior_rule_settings_anomalous_ip import BehaviorRuleSettingsAnomalousIP
    from .links_self import LinksSelf


_parse_type_ = _convert.enum_parser(BehaviorRuleType)

_parse_status = _convert.enum_parser(LifecycleStatus)


def _parse_field_link(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _behavior_rule_settings_anomalous_ip.BehaviorRuleSettingsAnomalousIP.from_json(v)
            if lazy
            else _behavior_rule_settings_anomalous_ip.BehaviorRuleSettingsAnomalousIP.from_dict(v)
        )
    return _convert.parse_model(_behavior_rule_settings_anomalous_ip.BehaviorRuleSettingsAnomalousIP, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class BehaviorRuleAnomalousIP(BehaviorRule):
    """An Okta `BehaviorRuleAnomalousIP`.

    Attributes:
        name: Name of the Behavior Detection Rule
        type_ (`type`): BehaviorRuleType
        created (read-only, never sent): Timestamp when the Behavior Detection Rule was created
        id (read-only, never sent): ID of the Behavior Detection Rule
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the Behavior Detection Rule was last modified
        status: LifecycleStatus
        field_link (`_link`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
        settings: BehaviorRuleSettingsAnomalousIP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "status": "status",
        "_link": "field_link",
        "settings": "settings",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "type_": "enum",
        "created": "str",
        "id": "str",
        "last_updated": "str",
        "status": "enum",
        "field_link": "model",
        "settings": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "type_": ("type", _parse_type_),
        "created": ("created", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", None),
        "status": ("status", _parse_status),
        "field_link": ("_link", _parse_field_link),
        "settings": ("settings", _parse_settings),
    }

    name: str | None = _attrs_field(init=False)
    type_: BehaviorRuleType | None = _attrs_field(init=False)
    created: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: str | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    field_link: LinksSelf | None = _attrs_field(init=False)
    settings: BehaviorRuleSettingsAnomalousIP | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        type_: BehaviorRuleType | None | Unset = BehaviorRuleType("ANOMALOUS_IP"),
        created: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: str | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        field_link: LinksSelf | None | Unset = UNSET,
        settings: BehaviorRuleSettingsAnomalousIP | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_link is not UNSET:
            _set_field(self, "field_link", field_link)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_link", UNSET)) is not UNSET and not omit_read_only:
            d["_link"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_link", UNSET)) is not UNSET:
            obj.field_link = _parse_field_link(v, False)
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
