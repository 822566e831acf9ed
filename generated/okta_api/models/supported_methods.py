from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import supported_methods_settings as _supported_methods_settings
from .lifecycle_status import LifecycleStatus
from .supported_methods_type import SupportedMethodsType

if TYPE_CHECKING:
    from typing import Self

    from .supported_methods_settings import SupportedMethodsSettings


@_attrs_define(kw_only=True)
class SupportedMethods(OktaModel):
    """The supported methods of an authenticator

    Attributes:
        settings: SupportedMethodsSettings
        status: LifecycleStatus
        type_ (`type`): The type of authenticator method
    """

    _json_names: ClassVar[dict[str, str]] = {
        "settings": "settings",
        "status": "status",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "settings": "model",
        "status": "enum",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "settings": lambda d: (
            _supported_methods_settings.SupportedMethodsSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_supported_methods_settings.SupportedMethodsSettings, v)
        ),
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(SupportedMethodsType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SupportedMethods._json_names),
    }

    settings: SupportedMethodsSettings | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    type_: SupportedMethodsType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.settings = (
            _supported_methods_settings.SupportedMethodsSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_supported_methods_settings.SupportedMethodsSettings, v)
        )
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = _convert.parse_enum(SupportedMethodsType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
