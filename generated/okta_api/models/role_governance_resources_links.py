from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object_next_link as _href_object_next_link
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_next_link import HrefObjectNextLink
    from .href_object_self_link import HrefObjectSelfLink


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_next_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_next_link.HrefObjectNextLink.from_json(v)
            if lazy
            else _href_object_next_link.HrefObjectNextLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_next_link.HrefObjectNextLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RoleGovernanceResourcesLinks(OktaModel):
    """An Okta `RoleGovernanceResourcesLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        next_ (`next`): HrefObjectNextLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "next": "next_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "next_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "next_": ("next", _parse_next_),
    }

    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    next_: HrefObjectNextLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        next_: HrefObjectNextLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if next_ is not UNSET:
            _set_field(self, "next_", next_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("next_", UNSET)) is not UNSET:
            d["next"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("next", UNSET)) is not UNSET:
            obj.next_ = _parse_next_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
