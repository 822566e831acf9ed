from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object_activate_link as _href_object_activate_link
from . import href_object_deactivate_link as _href_object_deactivate_link
from . import href_object_mappings_link as _href_object_mappings_link
from . import href_object_rules_link as _href_object_rules_link
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_activate_link import HrefObjectActivateLink
    from .href_object_deactivate_link import HrefObjectDeactivateLink
    from .href_object_mappings_link import HrefObjectMappingsLink
    from .href_object_rules_link import HrefObjectRulesLink
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
class PolicyLinks(OktaModel):
    """An Okta `PolicyLinks`.

    Attributes:
        activate: HrefObjectActivateLink
        deactivate: HrefObjectDeactivateLink
        mappings: HrefObjectMappingsLink
        rules: HrefObjectRulesLink
        self_ (`self`): HrefObjectSelfLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "activate": "activate",
        "deactivate": "deactivate",
        "mappings": "mappings",
        "rules": "rules",
        "self": "self_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "activate": "model",
        "deactivate": "model",
        "mappings": "model",
        "rules": "model",
        "self_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "activate": lambda d: (
            _href_object_activate_link.HrefObjectActivateLink.from_json(v)
            if (v := d.get("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_activate_link.HrefObjectActivateLink, v)
        ),
        "deactivate": lambda d: (
            _href_object_deactivate_link.HrefObjectDeactivateLink.from_json(v)
            if (v := d.get("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_deactivate_link.HrefObjectDeactivateLink, v)
        ),
        "mappings": lambda d: (
            _href_object_mappings_link.HrefObjectMappingsLink.from_json(v)
            if (v := d.get("mappings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_mappings_link.HrefObjectMappingsLink, v)
        ),
        "rules": lambda d: (
            _href_object_rules_link.HrefObjectRulesLink.from_json(v)
            if (v := d.get("rules", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_rules_link.HrefObjectRulesLink, v)
        ),
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicyLinks._json_names),
    }

    activate: HrefObjectActivateLink | None | Unset = UNSET
    deactivate: HrefObjectDeactivateLink | None | Unset = UNSET
    mappings: HrefObjectMappingsLink | None | Unset = UNSET
    rules: HrefObjectRulesLink | None | Unset = UNSET
    self_: HrefObjectSelfLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.activate is not UNSET:
            d["activate"] = _convert.dump_model(self.activate, omit_read_only)
        if self.deactivate is not UNSET:
            d["deactivate"] = _convert.dump_model(self.deactivate, omit_read_only)
        if self.mappings is not UNSET:
            d["mappings"] = _convert.dump_model(self.mappings, omit_read_only)
        if self.rules is not UNSET:
            d["rules"] = _convert.dump_model(self.rules, omit_read_only)
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.activate = (
            _href_object_activate_link.HrefObjectActivateLink.from_dict(v)
            if (v := d.pop("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_activate_link.HrefObjectActivateLink, v)
        )
        obj.deactivate = (
            _href_object_deactivate_link.HrefObjectDeactivateLink.from_dict(v)
            if (v := d.pop("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_deactivate_link.HrefObjectDeactivateLink, v)
        )
        obj.mappings = (
            _href_object_mappings_link.HrefObjectMappingsLink.from_dict(v)
            if (v := d.pop("mappings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_mappings_link.HrefObjectMappingsLink, v)
        )
        obj.rules = (
            _href_object_rules_link.HrefObjectRulesLink.from_dict(v)
            if (v := d.pop("rules", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_rules_link.HrefObjectRulesLink, v)
        )
        obj.self_ = (
            _href_object_self_link.HrefObjectSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        )
        obj.additional_properties = d
        return obj
