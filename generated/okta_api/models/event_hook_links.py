from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_deactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_verify(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class EventHookLinks(OktaModel):
    """An Okta `EventHookLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        deactivate: HrefObject
        verify: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "deactivate": "deactivate",
        "verify": "verify",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "deactivate": "model",
        "verify": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "deactivate": ("deactivate", _parse_deactivate),
        "verify": ("verify", _parse_verify),
    }

    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    deactivate: HrefObject | None = _attrs_field(init=False)
    verify: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        deactivate: HrefObject | None | Unset = UNSET,
        verify: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if deactivate is not UNSET:
            _set_field(self, "deactivate", deactivate)
        if verify is not UNSET:
            _set_field(self, "verify", verify)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("deactivate", UNSET)) is not UNSET:
            d["deactivate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("verify", UNSET)) is not UNSET:
            d["verify"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("deactivate", UNSET)) is not UNSET:
            obj.deactivate = _parse_deactivate(v, False)
        if (v := d.pop("verify", UNSET)) is not UNSET:
            obj.verify = _parse_verify(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
