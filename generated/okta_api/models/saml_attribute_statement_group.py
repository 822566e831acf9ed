from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .saml_attribute_statement_group_filter_type import SamlAttributeStatementGroupFilterType
from .saml_attribute_statement_group_namespace import SamlAttributeStatementGroupNamespace

if TYPE_CHECKING:
    from typing import Self


_parse_filter_type = _convert.enum_parser(SamlAttributeStatementGroupFilterType)

_parse_namespace = _convert.enum_parser(SamlAttributeStatementGroupNamespace)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SamlAttributeStatementGroup(OktaModel):
    """`GROUP` attribute statements

    Attributes:
        filter_type (`filterType`): The operation to filter groups based on `filterValue`
        filter_value (`filterValue`): Filter the groups based on a specific value.
        name: The name of the group attribute in your app. The attribute name must be unique across all
            user and group attribute statements.
        namespace: The name format of the group attribute. Supported values:
        type_ (`type`): The type of attribute statements object
    """

    _json_names: ClassVar[dict[str, str]] = {
        "filterType": "filter_type",
        "filterValue": "filter_value",
        "name": "name",
        "namespace": "namespace",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "filter_type": "enum",
        "filter_value": "str",
        "name": "str",
        "namespace": "enum",
        "type_": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "filter_type": ("filterType", _parse_filter_type),
        "filter_value": ("filterValue", None),
        "name": ("name", None),
        "namespace": ("namespace", _parse_namespace),
        "type_": ("type", None),
    }

    filter_type: SamlAttributeStatementGroupFilterType | None = _attrs_field(init=False)
    filter_value: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    namespace: SamlAttributeStatementGroupNamespace | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        filter_type: SamlAttributeStatementGroupFilterType | None | Unset = UNSET,
        filter_value: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        namespace: SamlAttributeStatementGroupNamespace | None | Unset = UNSET,
        type_: str | None | Unset = "GROUP",
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if filter_type is not UNSET:
            _set_field(self, "filter_type", filter_type)
        if filter_value is not UNSET:
            _set_field(self, "filter_value", filter_value)
        if name is not UNSET:
            _set_field(self, "name", name)
        if namespace is not UNSET:
            _set_field(self, "namespace", namespace)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("filter_type", UNSET)) is not UNSET:
            d["filterType"] = v
        if (v := values.get("filter_value", UNSET)) is not UNSET:
            d["filterValue"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("namespace", UNSET)) is not UNSET:
            d["namespace"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("filterType", UNSET)) is not UNSET:
            obj.filter_type = _parse_filter_type(v, False)
        if (v := d.pop("filterValue", UNSET)) is not UNSET:
            obj.filter_value = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("namespace", UNSET)) is not UNSET:
            obj.namespace = _parse_namespace(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
