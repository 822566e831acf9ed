from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import lifecycle_create_setting_object as _lifecycle_create_setting_object

if TYPE_CHECKING:
    from typing import Self

    from .lifecycle_create_setting_object import LifecycleCreateSettingObject


@_attrs_define(kw_only=True)
class CapabilitiesCreateObject(OktaModel):
    """Determines whether Okta assigns a new app account to each user managed by Okta.

    Okta doesn't create a new account if it detects that the username specified in Okta already exists
    in the app.
    The user's Okta username is assigned by default.

    Attributes:
        lifecycle_create (`lifecycleCreate`): Determines whether to update a user in the app when a user in Okta is updated
    """

    _json_names: ClassVar[dict[str, str]] = {
        "lifecycleCreate": "lifecycle_create",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "lifecycle_create": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "lifecycle_create": lambda d: (
            _lifecycle_create_setting_object.LifecycleCreateSettingObject.from_json(v)
            if (v := d.get("lifecycleCreate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_lifecycle_create_setting_object.LifecycleCreateSettingObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CapabilitiesCreateObject._json_names),
    }

    lifecycle_create: LifecycleCreateSettingObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.lifecycle_create is not UNSET:
            d["lifecycleCreate"] = _convert.dump_model(self.lifecycle_create, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.lifecycle_create = (
            _lifecycle_create_setting_object.LifecycleCreateSettingObject.from_dict(v)
            if (v := d.pop("lifecycleCreate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_lifecycle_create_setting_object.LifecycleCreateSettingObject, v)
        )
        obj.additional_properties = d
        return obj
