from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from .bot_protection_enforcement_type import BotProtectionEnforcementType
from .bot_protection_level import BotProtectionLevel
from .bot_protection_mode import BotProtectionMode
from .bot_protection_supported_flow import BotProtectionSupportedFlow

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class BotProtectionConfiguration(OktaModel):
    """BotProtectionConfiguration

    Bot protection configuration for the org

    Attributes:
        level: The sensitivity level of bot detection
        mode: The enforcement mode for bot protection
        enforcement_type (`enforcementType`): The type of enforcement to trigger when a bot is detected
        supported_flows (`supportedFlows`): An array of authentication flows that have bot protection enabled
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "level": "level",
        "mode": "mode",
        "enforcementType": "enforcement_type",
        "supportedFlows": "supported_flows",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "level": "enum",
        "mode": "enum",
        "enforcement_type": "enum",
        "supported_flows": "list:enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "level": lambda d: (
            _convert.parse_enum(BotProtectionLevel, v) if (v := d.get("level", UNSET)).__class__ is str else v
        ),
        "mode": lambda d: (
            _convert.parse_enum(BotProtectionMode, v) if (v := d.get("mode", UNSET)).__class__ is str else v
        ),
        "enforcement_type": lambda d: (
            _convert.parse_enum(BotProtectionEnforcementType, v)
            if (v := d.get("enforcementType", UNSET)).__class__ is str
            else v
        ),
        "supported_flows": lambda d: _convert.parse_enum_list(
            BotProtectionSupportedFlow, d.get("supportedFlows", UNSET)
        ),
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BotProtectionConfiguration._json_names),
    }

    level: BotProtectionLevel | None | Unset
    mode: BotProtectionMode | None | Unset
    enforcement_type: BotProtectionEnforcementType | None | Unset = UNSET
    supported_flows: list[BotProtectionSupportedFlow] | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.level is not UNSET:
            d["level"] = self.level
        if self.mode is not UNSET:
            d["mode"] = self.mode
        if self.enforcement_type is not UNSET:
            d["enforcementType"] = self.enforcement_type
        if self.supported_flows is not UNSET:
            d["supportedFlows"] = self.supported_flows
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.level = _convert.parse_enum(BotProtectionLevel, v) if (v := d.pop("level", UNSET)).__class__ is str else v
        obj.mode = _convert.parse_enum(BotProtectionMode, v) if (v := d.pop("mode", UNSET)).__class__ is str else v
        obj.enforcement_type = (
            _convert.parse_enum(BotProtectionEnforcementType, v)
            if (v := d.pop("enforcementType", UNSET)).__class__ is str
            else v
        )
        obj.supported_flows = _convert.parse_enum_list(BotProtectionSupportedFlow, d.pop("supportedFlows", UNSET))
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
