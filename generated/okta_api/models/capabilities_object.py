from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import capabilities_create_object as _capabilities_create_object
from . import capabilities_update_object as _capabilities_update_object

if TYPE_CHECKING:
    from typing import Self

    from .capabilities_create_object import CapabilitiesCreateObject
    from .capabilities_update_object import CapabilitiesUpdateObject


def _parse_create(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _capabilities_create_object.CapabilitiesCreateObject.from_json(v)
            if lazy
            else _capabilities_create_object.CapabilitiesCreateObject.from_dict(v)
        )
    return _convert.parse_model(_capabilities_create_object.CapabilitiesCreateObject, v)


def _parse_update(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _capabilities_update_object.CapabilitiesUpdateObject.from_json(v)
            if lazy
            else _capabilities_update_object.CapabilitiesUpdateObject.from_dict(v)
        )
    return _convert.parse_model(_capabilities_update_object.CapabilitiesUpdateObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CapabilitiesObject(OktaModel):
    """USER_PROVISIONING

    Defines the configurations for the USER_PROVISIONING feature

    Attributes:
        create: Determines whether Okta assigns a new app account to each user managed by Okta.

            Okta doesn't create a new account if it detects that the username specified in Okta
            already exists in the app.
            The user's Okta username is assigned by default.
        update: Determines whether updates to a user's profile are pushed to the app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "create": "create",
        "update": "update",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "create": "model",
        "update": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "create": ("create", _parse_create),
        "update": ("update", _parse_update),
    }

    create: CapabilitiesCreateObject | None = _attrs_field(init=False)
    update: CapabilitiesUpdateObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        create: CapabilitiesCreateObject | None | Unset = UNSET,
        update: CapabilitiesUpdateObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if create is not UNSET:
            _set_field(self, "create", create)
        if update is not UNSET:
            _set_field(self, "update", update)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("create", UNSET)) is not UNSET:
            d["create"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("update", UNSET)) is not UNSET:
            d["update"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("create", UNSET)) is not UNSET:
            obj.create = _parse_create(v, False)
        if (v := d.pop("update", UNSET)) is not UNSET:
            obj.update = _parse_update(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
