from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .requester_field_type import RequesterFieldType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class RequesterFieldValue(OktaModel):
    """A value for one requester field, under the field's own `id`. To request on behalf of someone, give
    the `OKTA_REQUESTED_FOR` field their Okta user id; a `DURATION` field takes an ISO 8601 duration of
    one unit (D, H or M), such as `P7D` or `PT12H`.

    Attributes:
        id: Id of the requester field. Reserved ids: `OKTA_REQUESTED_FOR`, and for the access duration
            `ACCESS_DURATION` (the name servers return, kept for compatibility) and
            `OKTA_ACCESS_DURATION` (its new name). Other ids starting `OKTA_` are reserved too.
        label: Label of the field; informational.
        type_ (`type`): Kind of value a requester field takes. `MULTISELECT` values go in `values`; every other
            type uses `value`.
        value: The value, for every type except `MULTISELECT`: text (`TEXT`), one of the field's
            `choices` (`SELECT`), an ISO 8601 date-time (`ISO_DATE`), an ISO 8601 duration
            (`DURATION`) or an Okta user id (`OKTA_USER_ID`).
        values: The chosen values of a `MULTISELECT` field, from its `choices`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "label": "label",
        "type": "type_",
        "value": "value",
        "values": "values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "label": "str",
        "type_": "enum",
        "value": "str",
        "values": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "label": "label",
        "type_": lambda d: (
            _convert.parse_enum(RequesterFieldType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "value": "value",
        "values": "values",
        "additional_properties": lambda d: _convert.undeclared(d, RequesterFieldValue._json_names),
    }

    id: str | None | Unset
    label: str | None | Unset = UNSET
    type_: RequesterFieldType | None | Unset = UNSET
    value: str | None | Unset = UNSET
    values: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.label is not UNSET:
            d["label"] = self.label
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.value is not UNSET:
            d["value"] = self.value
        if self.values is not UNSET:
            d["values"] = self.values
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
        obj.label = d.pop("label", UNSET)
        obj.type_ = _convert.parse_enum(RequesterFieldType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.value = d.pop("value", UNSET)
        obj.values = d.pop("values", UNSET)
        obj.additional_properties = d
        return obj
