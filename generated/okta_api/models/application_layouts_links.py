from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object as _href_object

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject


def _parse_general(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _href_object.HrefObject.from_json if lazy else _href_object.HrefObject.from_dict, v
    )


def _parse_sign_on(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _href_object.HrefObject.from_json if lazy else _href_object.HrefObject.from_dict, v
    )


def _parse_provisioning(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _href_object.HrefObject.from_json if lazy else _href_object.HrefObject.from_dict, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ApplicationLayoutsLinks(OktaModel):
    """An Okta `ApplicationLayoutsLinks`.

    Attributes:
        general: list[HrefObject]
        sign_on (`signOn`): list[HrefObject]
        provisioning: list[HrefObject]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "general": "general",
        "signOn": "sign_on",
        "provisioning": "provisioning",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "general": "list:model",
        "sign_on": "list:model",
        "provisioning": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "general": ("general", _parse_general),
        "sign_on": ("signOn", _parse_sign_on),
        "provisioning": ("provisioning", _parse_provisioning),
    }

    general: list[HrefObject] | None = _attrs_field(init=False)
    sign_on: list[HrefObject] | None = _attrs_field(init=False)
    provisioning: list[HrefObject] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        general: list[HrefObject] | None | Unset = UNSET,
        sign_on: list[HrefObject] | None | Unset = UNSET,
        provisioning: list[HrefObject] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if general is not UNSET:
            _set_field(self, "general", general)
        if sign_on is not UNSET:
            _set_field(self, "sign_on", sign_on)
        if provisioning is not UNSET:
            _set_field(self, "provisioning", provisioning)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("general", UNSET)) is not UNSET:
            d["general"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("sign_on", UNSET)) is not UNSET:
            d["signOn"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("provisioning", UNSET)) is not UNSET:
            d["provisioning"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("general", UNSET)) is not UNSET:
            obj.general = _parse_general(v, False)
        if (v := d.pop("signOn", UNSET)) is not UNSET:
            obj.sign_on = _parse_sign_on(v, False)
        if (v := d.pop("provisioning", UNSET)) is not UNSET:
            obj.provisioning = _parse_provisioning(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
