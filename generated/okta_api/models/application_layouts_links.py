from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object as _href_object

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject


@_attrs_define(kw_only=True)
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
        "general": lambda d: _convert.parse_model_list(_href_object.HrefObject.from_json, d.get("general", UNSET)),
        "sign_on": lambda d: _convert.parse_model_list(_href_object.HrefObject.from_json, d.get("signOn", UNSET)),
        "provisioning": lambda d: _convert.parse_model_list(
            _href_object.HrefObject.from_json, d.get("provisioning", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationLayoutsLinks._json_names),
    }

    general: list[HrefObject] | None | Unset = UNSET
    sign_on: list[HrefObject] | None | Unset = UNSET
    provisioning: list[HrefObject] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.general is not UNSET:
            d["general"] = _convert.dump_model_list(self.general, omit_read_only)
        if self.sign_on is not UNSET:
            d["signOn"] = _convert.dump_model_list(self.sign_on, omit_read_only)
        if self.provisioning is not UNSET:
            d["provisioning"] = _convert.dump_model_list(self.provisioning, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.general = _convert.parse_model_list(_href_object.HrefObject.from_dict, d.pop("general", UNSET))
        obj.sign_on = _convert.parse_model_list(_href_object.HrefObject.from_dict, d.pop("signOn", UNSET))
        obj.provisioning = _convert.parse_model_list(_href_object.HrefObject.from_dict, d.pop("provisioning", UNSET))
        obj.additional_properties = d
        return obj
