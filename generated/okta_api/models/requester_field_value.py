from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .requester_field_type import RequesterFieldType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(RequesterFieldType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "label": ("label", None),
        "type_": ("type", _parse_type_),
        "value": ("value", None),
        "values": ("values", None),
    }

    id: str | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    type_: RequesterFieldType | None = _attrs_field(init=False)
    value: str | None = _attrs_field(init=False)
    values: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset,
        label: str | None | Unset = UNSET,
        type_: RequesterFieldType | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        values: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if label is not UNSET:
            _set_field(self, "label", label)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if value is not UNSET:
            _set_field(self, "value", value)
        if values is not UNSET:
            _set_field(self, "values", values)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if (v := values.get("values", UNSET)) is not UNSET:
            d["values"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        if (v := d.pop("values", UNSET)) is not UNSET:
            obj.values = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
