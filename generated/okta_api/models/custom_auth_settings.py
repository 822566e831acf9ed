from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_instance_property as _app_instance_property

if TYPE_CHECKING:
    from typing import Self

    from .app_instance_property import AppInstanceProperty


@_attrs_define(kw_only=True)
class CustomAuthSettings(OktaModel):
    """Set of AIPs used for authType `CUSTOM`

    Attributes:
        app_instance_properties (`appInstanceProperties`): list[AppInstanceProperty]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appInstanceProperties": "app_instance_properties",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_instance_properties": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_instance_properties": lambda d: _convert.parse_model_list(
            _app_instance_property.AppInstanceProperty.from_json, d.get("appInstanceProperties", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CustomAuthSettings._json_names),
    }

    app_instance_properties: list[AppInstanceProperty] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_instance_properties is not UNSET:
            d["appInstanceProperties"] = _convert.dump_model_list(self.app_instance_properties, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_instance_properties = _convert.parse_model_list(
            _app_instance_property.AppInstanceProperty.from_dict, d.pop("appInstanceProperties", UNSET)
        )
        obj.additional_properties = d
        return obj
