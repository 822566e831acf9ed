from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .parameters_action import ParametersAction

if TYPE_CHECKING:
    from typing import Self


_parse_action = _convert.enum_parser(ParametersAction)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "action": ("action", _parse_action),
        "attribute": ("attribute", None),
        "values": ("values", None),
    }

    action: ParametersAction | None = _attrs_field(init=False)
    attribute: str | None = _attrs_field(init=False)
    values: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        action: ParametersAction | None | Unset,
        attribute: str | None | Unset,
        values: list[str] | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if action is not UNSET:
            _set_field(self, "action", action)
        if attribute is not UNSET:
            _set_field(self, "attribute", attribute)
        if values is not UNSET:
            _set_field(self, "values", values)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("action", UNSET)) is not UNSET:
            d["action"] = v
        if (v := values.get("attribute", UNSET)) is not UNSET:
            d["attribute"] = v
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
        if (v := d.pop("action", UNSET)) is not UNSET:
            obj.action = _parse_action(v, False)
        if (v := d.pop("attribute", UNSET)) is not UNSET:
            obj.attribute = v
        if (v := d.pop("values", UNSET)) is not UNSET:
            obj.values = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
