from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import capabilities_import_rules_object as _capabilities_import_rules_object
from . import capabilities_import_settings_object as _capabilities_import_settings_object

if TYPE_CHECKING:
    from typing import Self

    from .capabilities_import_rules_object import CapabilitiesImportRulesObject
    from .capabilities_import_settings_object import CapabilitiesImportSettingsObject


@_attrs_define(kw_only=True)
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
        "import_rules": lambda d: (
            _capabilities_import_rules_object.CapabilitiesImportRulesObject.from_json(v)
            if (v := d.get("importRules", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_import_rules_object.CapabilitiesImportRulesObject, v)
        ),
        "import_settings": lambda d: (
            _capabilities_import_settings_object.CapabilitiesImportSettingsObject.from_json(v)
            if (v := d.get("importSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_import_settings_object.CapabilitiesImportSettingsObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CapabilitiesInboundProvisioningObject._json_names),
    }

    import_rules: CapabilitiesImportRulesObject | None | Unset
    import_settings: CapabilitiesImportSettingsObject | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.import_rules is not UNSET:
            d["importRules"] = _convert.dump_model(self.import_rules, omit_read_only)
        if self.import_settings is not UNSET:
            d["importSettings"] = _convert.dump_model(self.import_settings, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.import_rules = (
            _capabilities_import_rules_object.CapabilitiesImportRulesObject.from_dict(v)
            if (v := d.pop("importRules", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_import_rules_object.CapabilitiesImportRulesObject, v)
        )
        obj.import_settings = (
            _capabilities_import_settings_object.CapabilitiesImportSettingsObject.from_dict(v)
            if (v := d.pop("importSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_import_settings_object.CapabilitiesImportSettingsObject, v)
        )
        obj.additional_properties = d
        return obj
