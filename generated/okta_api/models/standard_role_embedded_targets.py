from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import group as _group
from . import standard_role_embedded_targets_catalog as _standard_role_embedded_targets_catalog

if TYPE_CHECKING:
    from typing import Self

    from .group import Group
    from .standard_role_embedded_targets_catalog import StandardRoleEmbeddedTargetsCatalog


def _parse_groups(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(_group.Group.from_json if lazy else _group.Group.from_dict, v)


def _parse_catalog(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _standard_role_embedded_targets_catalog.StandardRoleEmbeddedTargetsCatalog.from_json(v)
            if lazy
            else _standard_role_embedded_targets_catalog.StandardRoleEmbeddedTargetsCatalog.from_dict(v)
        )
    return _convert.parse_model(_standard_role_embedded_targets_catalog.StandardRoleEmbeddedTargetsCatalog, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "groups": ("groups", _parse_groups),
        "catalog": ("catalog", _parse_catalog),
    }

    groups: list[Group] | None = _attrs_field(init=False)
    catalog: StandardRoleEmbeddedTargetsCatalog | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        groups: list[Group] | None | Unset = UNSET,
        catalog: StandardRoleEmbeddedTargetsCatalog | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if groups is not UNSET:
            _set_field(self, "groups", groups)
        if catalog is not UNSET:
            _set_field(self, "catalog", catalog)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("groups", UNSET)) is not UNSET:
            d["groups"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("catalog", UNSET)) is not UNSET:
            d["catalog"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("groups", UNSET)) is not UNSET:
            obj.groups = _parse_groups(v, False)
        if (v := d.pop("catalog", UNSET)) is not UNSET:
            obj.catalog = _parse_catalog(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
