from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from .bot_protection_enforcement_type import BotProtectionEnforcementType
from .bot_protection_level import BotProtectionLevel
from .bot_protection_mode import BotProtectionMode
from .bot_protection_supported_flow import BotProtectionSupportedFlow

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


_parse_level = _convert.enum_parser(BotProtectionLevel)

_parse_mode = _convert.enum_parser(BotProtectionMode)

_parse_enforcement_type = _convert.enum_parser(BotProtectionEnforcementType)


def _parse_supported_flows(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(BotProtectionSupportedFlow, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "level": ("level", _parse_level),
        "mode": ("mode", _parse_mode),
        "enforcement_type": ("enforcementType", _parse_enforcement_type),
        "supported_flows": ("supportedFlows", _parse_supported_flows),
        "field_links": ("_links", _parse_field_links),
    }

    level: BotProtectionLevel | None = _attrs_field(init=False)
    mode: BotProtectionMode | None = _attrs_field(init=False)
    enforcement_type: BotProtectionEnforcementType | None = _attrs_field(init=False)
    supported_flows: list[BotProtectionSupportedFlow] | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        level: BotProtectionLevel | None | Unset,
        mode: BotProtectionMode | None | Unset,
        enforcement_type: BotProtectionEnforcementType | None | Unset = UNSET,
        supported_flows: list[BotProtectionSupportedFlow] | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if level is not UNSET:
            _set_field(self, "level", level)
        if mode is not UNSET:
            _set_field(self, "mode", mode)
        if enforcement_type is not UNSET:
            _set_field(self, "enforcement_type", enforcement_type)
        if supported_flows is not UNSET:
            _set_field(self, "supported_flows", supported_flows)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("level", UNSET)) is not UNSET:
            d["level"] = v
        if (v := values.get("mode", UNSET)) is not UNSET:
            d["mode"] = v
        if (v := values.get("enforcement_type", UNSET)) is not UNSET:
            d["enforcementType"] = v
        if (v := values.get("supported_flows", UNSET)) is not UNSET:
            d["supportedFlows"] = v
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
        if (v := d.pop("level", UNSET)) is not UNSET:
            obj.level = _parse_level(v, False)
        if (v := d.pop("mode", UNSET)) is not UNSET:
            obj.mode = _parse_mode(v, False)
        if (v := d.pop("enforcementType", UNSET)) is not UNSET:
            obj.enforcement_type = _parse_enforcement_type(v, False)
        if (v := d.pop("supportedFlows", UNSET)) is not UNSET:
            obj.supported_flows = _parse_supported_flows(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
