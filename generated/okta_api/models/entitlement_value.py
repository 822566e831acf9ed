from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import entitlement_value_links as _entitlement_value_links

if TYPE_CHECKING:
    from typing import Self

    from .entitlement_value_links import EntitlementValueLinks


@_attrs_define(kw_only=True)
class EntitlementValue(OktaModel):
    """An Okta `EntitlementValue`.

    Attributes:
        id: Entitlement value ID
        name: The entitlement value resource name
        value: The entitlement value resource
            [ORN](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#okta-resource-name-orn)
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "value": "value",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "value": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "name": "name",
        "value": "value",
        "field_links": lambda d: (
            _entitlement_value_links.EntitlementValueLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entitlement_value_links.EntitlementValueLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, EntitlementValue._json_names),
    }

    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    value: str | None | Unset = UNSET
    field_links: EntitlementValueLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.value is not UNSET:
            d["value"] = self.value
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.value = d.pop("value", UNSET)
        obj.field_links = (
            _entitlement_value_links.EntitlementValueLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_entitlement_value_links.EntitlementValueLinks, v)
        )
        obj.additional_properties = d
        return obj
