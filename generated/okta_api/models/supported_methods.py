from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import supported_methods_settings as _supported_methods_settings
from .lifecycle_status import LifecycleStatus
from .supported_methods_type import SupportedMethodsType

if TYPE_CHECKING:
    from typing import Self

    from .supported_methods_settings import SupportedMethodsSettings


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _supported_methods_settings.SupportedMethodsSettings.from_json(v)
            if lazy
            else _supported_methods_settings.SupportedMethodsSettings.from_dict(v)
        )
    return _convert.parse_model(_supported_methods_settings.SupportedMethodsSettings, v)


_parse_status = _convert.enum_parser(LifecycleStatus)

_parse_type_ = _convert.enum_parser(SupportedMethodsType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "settings": ("settings", _parse_settings),
        "status": ("status", _parse_status),
        "type_": ("type", _parse_type_),
    }

    settings: SupportedMethodsSettings | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    type_: SupportedMethodsType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        settings: SupportedMethodsSettings | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        type_: SupportedMethodsType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        if status is not UNSET:
            _set_field(self, "status", status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
