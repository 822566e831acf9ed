from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group as _group
from . import standard_role_embedded_targets_catalog as _standard_role_embedded_targets_catalog

if TYPE_CHECKING:
    from typing import Self

    from .group import Group
    from .standard_role_embedded_targets_catalog import StandardRoleEmbeddedTargetsCatalog


@_attrs_define(kw_only=True)
class StandardRoleEmbeddedTargets(OktaModel):
    """Targets configured for the role assignment

    Attributes:
        groups: Group targets
        catalog: App targets
    """

    _json_names: ClassVar[dict[str, str]] = {
        "groups": "groups",
        "catalog": "catalog",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "groups": "list:model",
        "catalog": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "groups": lambda d: _convert.parse_model_list(_group.Group.from_json, d.get("groups", UNSET)),
        "catalog": lambda d: (
            _standard_role_embedded_targets_catalog.StandardRoleEmbeddedTargetsCatalog.from_json(v)
            if (v := d.get("catalog", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_standard_role_embedded_targets_catalog.StandardRoleEmbeddedTargetsCatalog, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, StandardRoleEmbeddedTargets._json_names),
    }

    groups: list[Group] | None | Unset = UNSET
    catalog: StandardRoleEmbeddedTargetsCatalog | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.groups is not UNSET:
            d["groups"] = _convert.dump_model_list(self.groups, omit_read_only)
        if self.catalog is not UNSET:
            d["catalog"] = _convert.dump_model(self.catalog, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.groups = _convert.parse_model_list(_group.Group.from_dict, d.pop("groups", UNSET))
        obj.catalog = (
            _standard_role_embedded_targets_catalog.StandardRoleEmbeddedTargetsCatalog.from_dict(v)
            if (v := d.pop("catalog", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_standard_role_embedded_targets_catalog.StandardRoleEmbeddedTargetsCatalog, v)
        )
        obj.additional_properties = d
        return obj
