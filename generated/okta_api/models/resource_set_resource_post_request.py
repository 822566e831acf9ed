from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import resource_conditions as _resource_conditions

if TYPE_CHECKING:
    from typing import Self

    from .resource_conditions import ResourceConditions


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _resource_conditions.ResourceConditions.from_json(v)
            if lazy
            else _resource_conditions.ResourceConditions.from_dict(v)
        )
    return _convert.parse_model(_resource_conditions.ResourceConditions, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "conditions": ("conditions", _parse_conditions),
        "resource_orn_or_url": ("resourceOrnOrUrl", None),
    }

    conditions: ResourceConditions | None = _attrs_field(init=False)
    resource_orn_or_url: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        conditions: ResourceConditions | None | Unset,
        resource_orn_or_url: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        if resource_orn_or_url is not UNSET:
            _set_field(self, "resource_orn_or_url", resource_orn_or_url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("resource_orn_or_url", UNSET)) is not UNSET:
            d["resourceOrnOrUrl"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        if (v := d.pop("resourceOrnOrUrl", UNSET)) is not UNSET:
            obj.resource_orn_or_url = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
