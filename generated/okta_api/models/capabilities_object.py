from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import capabilities_create_object as _capabilities_create_object
from . import capabilities_update_object as _capabilities_update_object

if TYPE_CHECKING:
    from typing import Self

    from .capabilities_create_object import CapabilitiesCreateObject
    from .capabilities_update_object import CapabilitiesUpdateObject


@_attrs_define(kw_only=True)
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
        "create": lambda d: (
            _capabilities_create_object.CapabilitiesCreateObject.from_json(v)
            if (v := d.get("create", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_create_object.CapabilitiesCreateObject, v)
        ),
        "update": lambda d: (
            _capabilities_update_object.CapabilitiesUpdateObject.from_json(v)
            if (v := d.get("update", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_update_object.CapabilitiesUpdateObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CapabilitiesObject._json_names),
    }

    create: CapabilitiesCreateObject | None | Unset = UNSET
    update: CapabilitiesUpdateObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.create is not UNSET:
            d["create"] = _convert.dump_model(self.create, omit_read_only)
        if self.update is not UNSET:
            d["update"] = _convert.dump_model(self.update, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.create = (
            _capabilities_create_object.CapabilitiesCreateObject.from_dict(v)
            if (v := d.pop("create", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_create_object.CapabilitiesCreateObject, v)
        )
        obj.update = (
            _capabilities_update_object.CapabilitiesUpdateObject.from_dict(v)
            if (v := d.pop("update", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_update_object.CapabilitiesUpdateObject, v)
        )
        obj.additional_properties = d
        return obj
