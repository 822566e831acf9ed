from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "property_name": ("propertyName", None),
        "provider_expression": ("providerExpression", None),
    }

    property_name: str | None = _attrs_field(init=False)
    provider_expression: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        property_name: str | None | Unset = UNSET,
        provider_expression: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if property_name is not UNSET:
            _set_field(self, "property_name", property_name)
        if provider_expression is not UNSET:
            _set_field(self, "provider_expression", provider_expression)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("property_name", UNSET)) is not UNSET:
            d["propertyName"] = v
        if (v := values.get("provider_expression", UNSET)) is not UNSET:
            d["providerExpression"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("propertyName", UNSET)) is not UNSET:
            obj.property_name = v
        if (v := d.pop("providerExpression", UNSET)) is not UNSET:
            obj.provider_expression = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
