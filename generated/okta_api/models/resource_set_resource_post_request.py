from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import resource_conditions as _resource_conditions

if TYPE_CHECKING:
    from typing import Self

    from .resource_conditions import ResourceConditions


@_attrs_define(kw_only=True)
class ResourceSetResourcePostRequest(OktaModel):
    """An Okta `ResourceSetResourcePostRequest`.

    Attributes:
        conditions: Conditions for further restricting a resource.
        resource_orn_or_url (`resourceOrnOrUrl`): Resource in ORN or REST API URL format
    """

    _json_names: ClassVar[dict[str, str]] = {
        "conditions": "conditions",
        "resourceOrnOrUrl": "resource_orn_or_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "conditions": "model",
        "resource_orn_or_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "conditions": lambda d: (
            _resource_conditions.ResourceConditions.from_json(v)
            if (v := d.get("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_conditions.ResourceConditions, v)
        ),
        "resource_orn_or_url": "resourceOrnOrUrl",
        "additional_properties": lambda d: _convert.undeclared(d, ResourceSetResourcePostRequest._json_names),
    }

    conditions: ResourceConditions | None | Unset
    resource_orn_or_url: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.conditions is not UNSET:
            d["conditions"] = _convert.dump_model(self.conditions, omit_read_only)
        if self.resource_orn_or_url is not UNSET:
            d["resourceOrnOrUrl"] = self.resource_orn_or_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.conditions = (
            _resource_conditions.ResourceConditions.from_dict(v)
            if (v := d.pop("conditions", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_resource_conditions.ResourceConditions, v)
        )
        obj.resource_orn_or_url = d.pop("resourceOrnOrUrl", UNSET)
        obj.additional_properties = d
        return obj
