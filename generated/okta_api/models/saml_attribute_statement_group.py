from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .saml_attribute_statement_group_filter_type import SamlAttributeStatementGroupFilterType
from .saml_attribute_statement_group_namespace import SamlAttributeStatementGroupNamespace

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "filter_type": lambda d: (
            _convert.parse_enum(SamlAttributeStatementGroupFilterType, v)
            if (v := d.get("filterType", UNSET)).__class__ is str
            else v
        ),
        "filter_value": "filterValue",
        "name": "name",
        "namespace": lambda d: (
            _convert.parse_enum(SamlAttributeStatementGroupNamespace, v)
            if (v := d.get("namespace", UNSET)).__class__ is str
            else v
        ),
        "type_": "type",
        "additional_properties": lambda d: _convert.undeclared(d, SamlAttributeStatementGroup._json_names),
    }

    filter_type: SamlAttributeStatementGroupFilterType | None | Unset = UNSET
    filter_value: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    namespace: SamlAttributeStatementGroupNamespace | None | Unset = UNSET
    type_: str | None | Unset = "GROUP"

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.filter_type is not UNSET:
            d["filterType"] = self.filter_type
        if self.filter_value is not UNSET:
            d["filterValue"] = self.filter_value
        if self.name is not UNSET:
            d["name"] = self.name
        if self.namespace is not UNSET:
            d["namespace"] = self.namespace
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.filter_type = (
            _convert.parse_enum(SamlAttributeStatementGroupFilterType, v)
            if (v := d.pop("filterType", UNSET)).__class__ is str
            else v
        )
        obj.filter_value = d.pop("filterValue", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.namespace = (
            _convert.parse_enum(SamlAttributeStatementGroupNamespace, v)
            if (v := d.pop("namespace", UNSET)).__class__ is str
            else v
        )
        obj.type_ = d.pop("type", UNSET)
        obj.additional_properties = d
        return obj
