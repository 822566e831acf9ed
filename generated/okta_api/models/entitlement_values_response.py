from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import entitlement_value as _entitlement_value
from . import entitlement_values_response_links as _entitlement_values_response_links

if TYPE_CHECKING:
    from typing import Self

    from .entitlement_value import EntitlementValue
    from .entitlement_values_response_links import EntitlementValuesResponseLinks


def _parse_entitlement_values(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _entitlement_value.EntitlementValue.from_json if lazy else _entitlement_value.EntitlementValue.from_dict, v
    )


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _entitlement_values_response_links.EntitlementValuesResponseLinks.from_json(v)
            if lazy
            else _entitlement_values_response_links.EntitlementValuesResponseLinks.from_dict(v)
        )
    return _convert.parse_model(_entitlement_values_response_links.EntitlementValuesResponseLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class EntitlementValuesResponse(OktaModel):
    """An Okta `EntitlementValuesResponse`.

    Attributes:
        entitlement_values (`entitlementValues`): List of entitlement values for a bundle entitlement
        field_links (`_links`, read-only, never sent): EntitlementValuesResponseLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "entitlementValues": "entitlement_values",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "entitlement_values": "list:model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "entitlement_values": ("entitlementValues", _parse_entitlement_values),
        "field_links": ("_links", _parse_field_links),
    }

    entitlement_values: list[EntitlementValue] | None = _attrs_field(init=False)
    field_links: EntitlementValuesResponseLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        entitlement_values: list[EntitlementValue] | None | Unset = UNSET,
        field_links: EntitlementValuesResponseLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if entitlement_values is not UNSET:
            _set_field(self, "entitlement_values", entitlement_values)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("entitlement_values", UNSET)) is not UNSET:
            d["entitlementValues"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("entitlementValues", UNSET)) is not UNSET:
            obj.entitlement_values = _parse_entitlement_values(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
