from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_next_link as _href_object_next_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_next_link import HrefObjectNextLink


def _parse_next_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_next_link.HrefObjectNextLink.from_json(v)
            if lazy
            else _href_object_next_link.HrefObjectNextLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_next_link.HrefObjectNextLink, v)


def _parse_resource_set(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ResourceSetResourcesLinks(OktaModel):
    """An Okta `ResourceSetResourcesLinks`.

    Attributes:
        next_ (`next`): HrefObjectNextLink
        resource_set (`resource-set`): HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "next": "next_",
        "resource-set": "resource_set",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "next_": "model",
        "resource_set": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "next_": ("next", _parse_next_),
        "resource_set": ("resource-set", _parse_resource_set),
    }

    next_: HrefObjectNextLink | None = _attrs_field(init=False)
    resource_set: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        next_: HrefObjectNextLink | None | Unset = UNSET,
        resource_set: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if next_ is not UNSET:
            _set_field(self, "next_", next_)
        if resource_set is not UNSET:
            _set_field(self, "resource_set", resource_set)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("next_", UNSET)) is not UNSET:
            d["next"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("resource_set", UNSET)) is not UNSET:
            d["resource-set"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("next", UNSET)) is not UNSET:
            obj.next_ = _parse_next_(v, False)
        if (v := d.pop("resource-set", UNSET)) is not UNSET:
            obj.resource_set = _parse_resource_set(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
