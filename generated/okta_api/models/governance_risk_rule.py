from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class GovernanceRiskRule(OktaModel):
    """A separation-of-duties rule the request could conflict with.

    Attributes:
        name: Name of the rule.
        description: Description of the rule.
        resource_name (`resourceName`): Name of the resource.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "resourceName": "resource_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "description": "str",
        "resource_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "description": "description",
        "resource_name": "resourceName",
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceRiskRule._json_names),
    }

    name: str | None | Unset
    description: str | None | Unset = UNSET
    resource_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.description is not UNSET:
            d["description"] = self.description
        if self.resource_name is not UNSET:
            d["resourceName"] = self.resource_name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name = d.pop("name", UNSET)
        obj.description = d.pop("description", UNSET)
        obj.resource_name = d.pop("resourceName", UNSET)
        obj.additional_properties = d
        return obj
