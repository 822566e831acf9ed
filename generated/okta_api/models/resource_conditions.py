from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import resource_conditions_exclude as _resource_conditions_exclude

if TYPE_CHECKING:
    from typing import Self

    from .resource_conditions_exclude import ResourceConditionsExclude


@_attrs_define(kw_only=True)
class ResourceConditions(OktaModel):
    """Conditions for further restricting a resource.

    Attributes:
        exclude (`Exclude`): Specific resources to exclude
    """

    _json_names: ClassVar[dict[str, str]] = {
        "Exclude": "exclude",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "exclude": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "exclude": lambda d: (
            _resource_conditions_exclude.ResourceConditionsExclude.from_json(v)
            if (v := d.get("Exclude", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_conditions_exclude.ResourceConditionsExclude, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ResourceConditions._json_names),
    }

    exclude: ResourceConditionsExclude | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.exclude is not UNSET:
            d["Exclude"] = _convert.dump_model(self.exclude, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.exclude = (
            _resource_conditions_exclude.ResourceConditionsExclude.from_dict(v)
            if (v := d.pop("Exclude", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_conditions_exclude.ResourceConditionsExclude, v)
        )
        obj.additional_properties = d
        return obj
