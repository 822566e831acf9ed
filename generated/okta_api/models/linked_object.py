from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import linked_object_details as _linked_object_details
from . import linked_object_links_self as _linked_object_links_self

if TYPE_CHECKING:
    from typing import Self

    from .linked_object_details import LinkedObjectDetails
    from .linked_object_links_self import LinkedObjectLinksSelf


def _parse_associated(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _linked_object_details.LinkedObjectDetails.from_json(v)
            if lazy
            else _linked_object_details.LinkedObjectDetails.from_dict(v)
        )
    return _convert.parse_model(_linked_object_details.LinkedObjectDetails, v)


def _parse_primary(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _linked_object_details.LinkedObjectDetails.from_json(v)
            if lazy
            else _linked_object_details.LinkedObjectDetails.from_dict(v)
        )
    return _convert.parse_model(_linked_object_details.LinkedObjectDetails, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _linked_object_links_self.LinkedObjectLinksSelf.from_json(v)
            if lazy
            else _linked_object_links_self.LinkedObjectLinksSelf.from_dict(v)
        )
    return _convert.parse_model(_linked_object_links_self.LinkedObjectLinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LinkedObject(OktaModel):
    """LinkedObject

    Attributes:
        associated: LinkedObjectDetails
        primary: LinkedObjectDetails
        field_links (`_links`): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an application using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "associated": "associated",
        "primary": "primary",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "associated": "model",
        "primary": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "associated": ("associated", _parse_associated),
        "primary": ("primary", _parse_primary),
        "field_links": ("_links", _parse_field_links),
    }

    associated: LinkedObjectDetails | None = _attrs_field(init=False)
    primary: LinkedObjectDetails | None = _attrs_field(init=False)
    field_links: LinkedObjectLinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        associated: LinkedObjectDetails | None | Unset = UNSET,
        primary: LinkedObjectDetails | None | Unset = UNSET,
        field_links: LinkedObjectLinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if associated is not UNSET:
            _set_field(self, "associated", associated)
        if primary is not UNSET:
            _set_field(self, "primary", primary)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("associated", UNSET)) is not UNSET:
            d["associated"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("primary", UNSET)) is not UNSET:
            d["primary"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET:
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
        if (v := d.pop("associated", UNSET)) is not UNSET:
            obj.associated = _parse_associated(v, False)
        if (v := d.pop("primary", UNSET)) is not UNSET:
            obj.primary = _parse_primary(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
