from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import lifecycle_create_setting_object as _lifecycle_create_setting_object

if TYPE_CHECKING:
    from typing import Self

    from .lifecycle_create_setting_object import LifecycleCreateSettingObject


def _parse_lifecycle_create(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _lifecycle_create_setting_object.LifecycleCreateSettingObject.from_json(v)
            if lazy
            else _lifecycle_create_setting_object.LifecycleCreateSettingObject.from_dict(v)
        )
    return _convert.parse_model(_lifecycle_create_setting_object.LifecycleCreateSettingObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "lifecycle_create": ("lifecycleCreate", _parse_lifecycle_create),
    }

    lifecycle_create: LifecycleCreateSettingObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        lifecycle_create: LifecycleCreateSettingObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if lifecycle_create is not UNSET:
            _set_field(self, "lifecycle_create", lifecycle_create)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("lifecycle_create", UNSET)) is not UNSET:
            d["lifecycleCreate"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("lifecycleCreate", UNSET)) is not UNSET:
            obj.lifecycle_create = _parse_lifecycle_create(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
