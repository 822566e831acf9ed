from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import well_known_uri_object_response_links as _well_known_uri_object_response_links

if TYPE_CHECKING:
    from typing import Self

    from .well_known_uri_object_response_links import WellKnownURIObjectResponseLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _well_known_uri_object_response_links.WellKnownURIObjectResponseLinks.from_json(v)
            if lazy
            else _well_known_uri_object_response_links.WellKnownURIObjectResponseLinks.from_dict(v)
        )
    return _convert.parse_model(_well_known_uri_object_response_links.WellKnownURIObjectResponseLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class WellKnownURIObjectResponse(OktaModel):
    """An Okta `WellKnownURIObjectResponse`.

    Attributes:
        representation: The well-known URI content in JSON format
        field_links (`_links`, read-only, never sent): WellKnownURIObjectResponseLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "representation": "representation",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "representation": "dict",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "representation": ("representation", None),
        "field_links": ("_links", _parse_field_links),
    }

    representation: dict[str, Any] | None = _attrs_field(init=False)
    field_links: WellKnownURIObjectResponseLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        representation: dict[str, Any] | None | Unset = UNSET,
        field_links: WellKnownURIObjectResponseLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if representation is not UNSET:
            _set_field(self, "representation", representation)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("representation", UNSET)) is not UNSET:
            d["representation"] = v
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
        if (v := d.pop("representation", UNSET)) is not UNSET:
            obj.representation = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
