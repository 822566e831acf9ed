from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_activate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_activate_link.HrefObjectActivateLink.from_json(v)
            if lazy
            else _href_object_activate_link.HrefObjectActivateLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_activate_link.HrefObjectActivateLink, v)


def _parse_deactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_deactivate_link.HrefObjectDeactivateLink.from_json(v)
            if lazy
            else _href_object_deactivate_link.HrefObjectDeactivateLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_deactivate_link.HrefObjectDeactivateLink, v)


def _parse_mappings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_mappings_link.HrefObjectMappingsLink.from_json(v)
            if lazy
            else _href_object_mappings_link.HrefObjectMappingsLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_mappings_link.HrefObjectMappingsLink, v)


def _parse_rules(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_rules_link.HrefObjectRulesLink.from_json(v)
            if lazy
            else _href_object_rules_link.HrefObjectRulesLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_rules_link.HrefObjectRulesLink, v)


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "activate": ("activate", _parse_activate),
        "deactivate": ("deactivate", _parse_deactivate),
        "mappings": ("mappings", _parse_mappings),
        "rules": ("rules", _parse_rules),
        "self_": ("self", _parse_self_),
    }

    activate: HrefObjectActivateLink | None = _attrs_field(init=False)
    deactivate: HrefObjectDeactivateLink | None = _attrs_field(init=False)
    mappings: HrefObjectMappingsLink | None = _attrs_field(init=False)
    rules: HrefObjectRulesLink | None = _attrs_field(init=False)
    self_: HrefObjectSelfLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        activate: HrefObjectActivateLink | None | Unset = UNSET,
        deactivate: HrefObjectDeactivateLink | None | Unset = UNSET,
        mappings: HrefObjectMappingsLink | None | Unset = UNSET,
        rules: HrefObjectRulesLink | None | Unset = UNSET,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if activate is not UNSET:
            _set_field(self, "activate", activate)
        if deactivate is not UNSET:
            _set_field(self, "deactivate", deactivate)
        if mappings is not UNSET:
            _set_field(self, "mappings", mappings)
        if rules is not UNSET:
            _set_field(self, "rules", rules)
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("activate", UNSET)) is not UNSET:
            d["activate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("deactivate", UNSET)) is not UNSET:
            d["deactivate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("mappings", UNSET)) is not UNSET:
            d["mappings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("rules", UNSET)) is not UNSET:
            d["rules"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("activate", UNSET)) is not UNSET:
            obj.activate = _parse_activate(v, False)
        if (v := d.pop("deactivate", UNSET)) is not UNSET:
            obj.deactivate = _parse_deactivate(v, False)
        if (v := d.pop("mappings", UNSET)) is not UNSET:
            obj.mappings = _parse_mappings(v, False)
        if (v := d.pop("rules", UNSET)) is not UNSET:
            obj.rules = _parse_rules(v, False)
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
