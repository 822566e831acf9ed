from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .saml_attribute_statement_expression_namespace import SamlAttributeStatementExpressionNamespace

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SamlAttributeStatementExpression(OktaModel):
    """Generic `EXPRESSION` attribute statements

    Attributes:
        name: The name of the attribute in your app. The attribute name must be unique across all user
            and group attribute statements.
        namespace: The name format of the attribute. Supported values:
        type_ (`type`): The type of attribute statements object
        values: The attribute values (supports [Okta Expression
            Language](https://developer.okta.com/docs/reference/okta-expression-language/))
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "namespace": "namespace",
        "type": "type_",
        "values": "values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "namespace": "enum",
        "type_": "str",
        "values": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "namespace": lambda d: (
            _convert.parse_enum(SamlAttributeStatementExpressionNamespace, v)
            if (v := d.get("namespace", UNSET)).__class__ is str
            else v
        ),
        "type_": "type",
        "values": "values",
        "additional_properties": lambda d: _convert.undeclared(d, SamlAttributeStatementExpression._json_names),
    }

    name: str | None | Unset = UNSET
    namespace: SamlAttributeStatementExpressionNamespace | None | Unset = UNSET
    type_: str | None | Unset = "EXPRESSION"
    values: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.namespace is not UNSET:
            d["namespace"] = self.namespace
        if self.type_ is not UNSET:
            d["type"] = self.type_
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
        obj.name = d.pop("name", UNSET)
        obj.namespace = (
            _convert.parse_enum(SamlAttributeStatementExpressionNamespace, v)
            if (v := d.pop("namespace", UNSET)).__class__ is str
            else v
        )
        obj.type_ = d.pop("type", UNSET)
        obj.values = d.pop("values", UNSET)
        obj.additional_properties = d
        return obj
