from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class IdpPolicyRuleActionMatchCriteria(OktaModel):
    """An Okta `IdpPolicyRuleActionMatchCriteria`.

    Attributes:
        property_name (`propertyName`): The IdP property that the evaluated string should match to
        provider_expression (`providerExpression`): You can provide an Okta Expression Language expression with the Login Context that's
            evaluated with the IdP. For example, the value `login.identifier` refers to the user's
            username. If the user is signing in with the username `john.doe@mycompany.com`, the
            expression `login.identifier.substringAfter(@))` is evaluated to the domain name of the
            user, for example: `mycompany.com`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "propertyName": "property_name",
        "providerExpression": "provider_expression",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "property_name": "str",
        "provider_expression": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "property_name": "propertyName",
        "provider_expression": "providerExpression",
        "additional_properties": lambda d: _convert.undeclared(d, IdpPolicyRuleActionMatchCriteria._json_names),
    }

    property_name: str | None | Unset = UNSET
    provider_expression: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.property_name is not UNSET:
            d["propertyName"] = self.property_name
        if self.provider_expression is not UNSET:
            d["providerExpression"] = self.provider_expression
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.property_name = d.pop("propertyName", UNSET)
        obj.provider_expression = d.pop("providerExpression", UNSET)
        obj.additional_properties = d
        return obj
