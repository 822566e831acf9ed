from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import org_technical_contact_type_links as _org_technical_contact_type_links
from .org_contact_type import OrgContactType

if TYPE_CHECKING:
    from typing import Self

    from .org_technical_contact_type_links import OrgTechnicalContactTypeLinks


_parse_contact_type = _convert.enum_parser(OrgContactType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _org_technical_contact_type_links.OrgTechnicalContactTypeLinks.from_json(v)
            if lazy
            else _org_technical_contact_type_links.OrgTechnicalContactTypeLinks.from_dict(v)
        )
    return _convert.parse_model(_org_technical_contact_type_links.OrgTechnicalContactTypeLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OrgTechnicalContactType(OktaModel):
    """Org technical contact

    Attributes:
        contact_type (`contactType`): Type of contact
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the org technical Contact Type object using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    """

    _json_names: ClassVar[dict[str, str]] = {
        "contactType": "contact_type",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "contact_type": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "contact_type": ("contactType", _parse_contact_type),
        "field_links": ("_links", _parse_field_links),
    }

    contact_type: OrgContactType | None = _attrs_field(init=False)
    field_links: OrgTechnicalContactTypeLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        contact_type: OrgContactType | None | Unset = OrgContactType("TECHNICAL"),
        field_links: OrgTechnicalContactTypeLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if contact_type is not UNSET:
            _set_field(self, "contact_type", contact_type)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("contact_type", UNSET)) is not UNSET:
            d["contactType"] = v
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
        if (v := d.pop("contactType", UNSET)) is not UNSET:
            obj.contact_type = _parse_contact_type(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
