from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .application_capability import ApplicationCapability

if TYPE_CHECKING:
    from typing import Self


def _parse_enabled_capabilities(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(ApplicationCapability, v)


def _parse_supported_capabilities(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(ApplicationCapability, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ApplicationExpressConfiguration(OktaModel):
    """<div class="x-lifecycle-container"><x-lifecycle class="oie"></x-lifecycle></div>
    Indicates which Express Configuration capabilities the app supports and has enabled

    Attributes:
        enabled_capabilities (`enabledCapabilities`): Capabilities currently enabled for the app
        supported_capabilities (`supportedCapabilities`): Capabilities supported by the app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enabledCapabilities": "enabled_capabilities",
        "supportedCapabilities": "supported_capabilities",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enabled_capabilities": "list:enum",
        "supported_capabilities": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enabled_capabilities": ("enabledCapabilities", _parse_enabled_capabilities),
        "supported_capabilities": ("supportedCapabilities", _parse_supported_capabilities),
    }

    enabled_capabilities: list[ApplicationCapability] | None = _attrs_field(init=False)
    supported_capabilities: list[ApplicationCapability] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        enabled_capabilities: list[ApplicationCapability] | None | Unset = UNSET,
        supported_capabilities: list[ApplicationCapability] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if enabled_capabilities is not UNSET:
            _set_field(self, "enabled_capabilities", enabled_capabilities)
        if supported_capabilities is not UNSET:
            _set_field(self, "supported_capabilities", supported_capabilities)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("enabled_capabilities", UNSET)) is not UNSET:
            d["enabledCapabilities"] = v
        if (v := values.get("supported_capabilities", UNSET)) is not UNSET:
            d["supportedCapabilities"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("enabledCapabilities", UNSET)) is not UNSET:
            obj.enabled_capabilities = _parse_enabled_capabilities(v, False)
        if (v := d.pop("supportedCapabilities", UNSET)) is not UNSET:
            obj.supported_capabilities = _parse_supported_capabilities(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
