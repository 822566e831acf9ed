from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .provisioning_groups_action import ProvisioningGroupsAction

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ProvisioningGroups(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f3a990>

    Attributes:
        action (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f39f50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f3ab90>
        assignments (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f3a090>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f3a3d0>
        filter_ (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f3a410>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f3a750>
        source_attribute_name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f3a790>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f3a910>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "assignments": "assignments",
        "filter": "filter_",
        "sourceAttributeName": "source_attribute_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "enum",
        "assignments": "list:str",
        "filter_": "list:str",
        "source_attribute_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": lambda d: (
            _convert.parse_enum(ProvisioningGroupsAction, v) if (v := d.get("action", UNSET)).__class__ is str else v
        ),
        "assignments": "assignments",
        "filter_": "filter",
        "source_attribute_name": "sourceAttributeName",
        "additional_properties": lambda d: _convert.undeclared(d, ProvisioningGroups._json_names),
    }

    action: ProvisioningGroupsAction | None | Unset = UNSET
    assignments: list[str] | None | Unset = UNSET
    filter_: list[str] | None | Unset = UNSET
    source_attribute_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = self.action
        if self.assignments is not UNSET:
            d["assignments"] = self.assignments
        if self.filter_ is not UNSET:
            d["filter"] = self.filter_
        if self.source_attribute_name is not UNSET:
            d["sourceAttributeName"] = self.source_attribute_name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.action = (
            _convert.parse_enum(ProvisioningGroupsAction, v) if (v := d.pop("action", UNSET)).__class__ is str else v
        )
        obj.assignments = d.pop("assignments", UNSET)
        obj.filter_ = d.pop("filter", UNSET)
        obj.source_attribute_name = d.pop("sourceAttributeName", UNSET)
        obj.additional_properties = d
        return obj
