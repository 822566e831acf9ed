from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .parameters_action import ParametersAction

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class Parameters(OktaModel):
    """Attributes used for processing Active Directory or LDAP group membership update

    Attributes:
        action: The update action to take
        attribute: The attribute that tracks group memberships in Active Directory or LDAP. For Active
            Directory, use `member`. For LDAP, use the appropriate attribute found in the LDAP server
            such as, but not limited to, `uniqueMember` or `member`.
        values: List of user IDs whose group memberships to update
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "attribute": "attribute",
        "values": "values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "enum",
        "attribute": "str",
        "values": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": lambda d: (
            _convert.parse_enum(ParametersAction, v) if (v := d.get("action", UNSET)).__class__ is str else v
        ),
        "attribute": "attribute",
        "values": "values",
        "additional_properties": lambda d: _convert.undeclared(d, Parameters._json_names),
    }

    action: ParametersAction | None | Unset
    attribute: str | None | Unset
    values: list[str] | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = self.action
        if self.attribute is not UNSET:
            d["attribute"] = self.attribute
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
        obj.action = _convert.parse_enum(ParametersAction, v) if (v := d.pop("action", UNSET)).__class__ is str else v
        obj.attribute = d.pop("attribute", UNSET)
        obj.values = d.pop("values", UNSET)
        obj.additional_properties = d
        return obj
