from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import behavior_rule_settings_anomalous_asn as _behavior_rule_settings_anomalous_asn
from . import links_self as _links_self
from .behavior_rule import BehaviorRule
from .behavior_rule_type import BehaviorRuleType
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    from typing import Self

    from .behavior_rule_settings_anomalous_asn import BehaviorRuleSettingsAnomalousASN
    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class BehaviorRuleASN(BehaviorRule):
    """An Okta `BehaviorRuleASN`.

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
        settings: BehaviorRuleSettingsAnomalousASN
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
        "name": "name",
        "type_": lambda d: (
            _convert.parse_enum(BehaviorRuleType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "created": "created",
        "id": "id",
        "last_updated": "lastUpdated",
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_link": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_link", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "settings": lambda d: (
            _behavior_rule_settings_anomalous_asn.BehaviorRuleSettingsAnomalousASN.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_behavior_rule_settings_anomalous_asn.BehaviorRuleSettingsAnomalousASN, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BehaviorRuleASN._json_names),
    }

    name: str | None | Unset
    type_: BehaviorRuleType | None | Unset = BehaviorRuleType("ANOMALOUS_ASN")
    created: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    field_link: LinksSelf | None | Unset = UNSET
    settings: BehaviorRuleSettingsAnomalousASN | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.created is not UNSET and not omit_read_only:
            d["created"] = self.created
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_link is not UNSET and not omit_read_only:
            d["_link"] = _convert.dump_model(self.field_link, omit_read_only)
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.type_ = _convert.parse_enum(BehaviorRuleType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.created = d.pop("created", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_link = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_link", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.settings = (
            _behavior_rule_settings_anomalous_asn.BehaviorRuleSettingsAnomalousASN.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_behavior_rule_settings_anomalous_asn.BehaviorRuleSettingsAnomalousASN, v)
        )
        obj.additional_properties = d
        return obj
