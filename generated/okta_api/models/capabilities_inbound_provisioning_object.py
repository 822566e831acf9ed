from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import capabilities_import_rules_object as _capabilities_import_rules_object
from . import capabilities_import_settings_object as _capabilities_import_settings_object

if TYPE_CHECKING:
    from typing import Self

    from .capabilities_import_rules_object import CapabilitiesImportRulesObject
    from .capabilities_import_settings_object import CapabilitiesImportSettingsObject


def _parse_import_rules(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _capabilities_import_rules_object.CapabilitiesImportRulesObject.from_json(v)
            if lazy
            else _capabilities_import_rules_object.CapabilitiesImportRulesObject.from_dict(v)
        )
    return _convert.parse_model(_capabilities_import_rules_object.CapabilitiesImportRulesObject, v)


def _parse_import_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _capabilities_import_settings_object.CapabilitiesImportSettingsObject.from_json(v)
            if lazy
            else _capabilities_import_settings_object.CapabilitiesImportSettingsObject.from_dict(v)
        )
    return _convert.parse_model(_capabilities_import_settings_object.CapabilitiesImportSettingsObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CapabilitiesInboundProvisioningObject(OktaModel):
    """INBOUND_PROVISIONING

    Defines the configuration for the INBOUND_PROVISIONING feature

    Attributes:
        import_rules (`importRules`): Defines user import rules
        import_settings (`importSettings`): Defines import settings
    """

    _json_names: ClassVar[dict[str, str]] = {
        "importRules": "import_rules",
        "importSettings": "import_settings",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "import_rules": "model",
        "import_settings": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "import_rules": ("importRules", _parse_import_rules),
        "import_settings": ("importSettings", _parse_import_settings),
    }

    import_rules: CapabilitiesImportRulesObject | None = _attrs_field(init=False)
    import_settings: CapabilitiesImportSettingsObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        import_rules: CapabilitiesImportRulesObject | None | Unset,
        import_settings: CapabilitiesImportSettingsObject | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if import_rules is not UNSET:
            _set_field(self, "import_rules", import_rules)
        if import_settings is not UNSET:
            _set_field(self, "import_settings", import_settings)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("import_rules", UNSET)) is not UNSET:
            d["importRules"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("import_settings", UNSET)) is not UNSET:
            d["importSettings"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("importRules", UNSET)) is not UNSET:
            obj.import_rules = _parse_import_rules(v, False)
        if (v := d.pop("importSettings", UNSET)) is not UNSET:
            obj.import_settings = _parse_import_settings(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
