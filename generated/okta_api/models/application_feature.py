from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import capabilities_object as _capabilities_object
from .enabled_status import EnabledStatus

if TYPE_CHECKING:
    from typing import Self

    from .capabilities_object import CapabilitiesObject


@_attrs_define(kw_only=True)
class ApplicationFeature(OktaModel):
    """An Okta `ApplicationFeature`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        capabilities: CapabilitiesObject
        description: str
        name: str
        status: EnabledStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "capabilities": "capabilities",
        "description": "description",
        "name": "name",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "capabilities": "model",
        "description": "str",
        "name": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "capabilities": lambda d: (
            _capabilities_object.CapabilitiesObject.from_json(v)
            if (v := d.get("capabilities", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_object.CapabilitiesObject, v)
        ),
        "description": "description",
        "name": "name",
        "status": lambda d: (
            _convert.parse_enum(EnabledStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationFeature._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    capabilities: CapabilitiesObject | None | Unset = UNSET
    description: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: EnabledStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.capabilities is not UNSET:
            d["capabilities"] = _convert.dump_model(self.capabilities, omit_read_only)
        if self.description is not UNSET:
            d["description"] = self.description
        if self.name is not UNSET:
            d["name"] = self.name
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.capabilities = (
            _capabilities_object.CapabilitiesObject.from_dict(v)
            if (v := d.pop("capabilities", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_capabilities_object.CapabilitiesObject, v)
        )
        obj.description = d.pop("description", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.status = _convert.parse_enum(EnabledStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
