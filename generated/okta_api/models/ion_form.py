from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import ion_field as _ion_field

if TYPE_CHECKING:
    from typing import Self

    from .ion_field import IonField


@_attrs_define(kw_only=True)
class IonForm(OktaModel):
    """An Okta `IonForm`.

    Attributes:
        accepts: str
        href: str
        method: str
        name: str
        produces: str
        refresh: int
        rel: list[str]
        relates_to (`relatesTo`): list[str]
        value (read-only, never sent): list[IonField]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accepts": "accepts",
        "href": "href",
        "method": "method",
        "name": "name",
        "produces": "produces",
        "refresh": "refresh",
        "rel": "rel",
        "relatesTo": "relates_to",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "accepts": "str",
        "href": "str",
        "method": "str",
        "name": "str",
        "produces": "str",
        "refresh": "int",
        "rel": "list:str",
        "relates_to": "list:str",
        "value": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "accepts": "accepts",
        "href": "href",
        "method": "method",
        "name": "name",
        "produces": "produces",
        "refresh": "refresh",
        "rel": "rel",
        "relates_to": "relatesTo",
        "value": lambda d: _convert.parse_model_list(_ion_field.IonField.from_json, d.get("value", UNSET)),
        "additional_properties": lambda d: _convert.undeclared(d, IonForm._json_names),
    }

    accepts: str | None | Unset = UNSET
    href: str | None | Unset = UNSET
    method: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    produces: str | None | Unset = UNSET
    refresh: int | None | Unset = UNSET
    rel: list[str] | None | Unset = UNSET
    relates_to: list[str] | None | Unset = UNSET
    value: list[IonField] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.accepts is not UNSET:
            d["accepts"] = self.accepts
        if self.href is not UNSET:
            d["href"] = self.href
        if self.method is not UNSET:
            d["method"] = self.method
        if self.name is not UNSET:
            d["name"] = self.name
        if self.produces is not UNSET:
            d["produces"] = self.produces
        if self.refresh is not UNSET:
            d["refresh"] = self.refresh
        if self.rel is not UNSET:
            d["rel"] = self.rel
        if self.relates_to is not UNSET:
            d["relatesTo"] = self.relates_to
        if self.value is not UNSET and not omit_read_only:
            d["value"] = _convert.dump_model_list(self.value, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.accepts = d.pop("accepts", UNSET)
        obj.href = d.pop("href", UNSET)
        obj.method = d.pop("method", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.produces = d.pop("produces", UNSET)
        obj.refresh = d.pop("refresh", UNSET)
        obj.rel = d.pop("rel", UNSET)
        obj.relates_to = d.pop("relatesTo", UNSET)
        obj.value = _convert.parse_model_list(_ion_field.IonField.from_dict, d.pop("value", UNSET))
        obj.additional_properties = d
        return obj
