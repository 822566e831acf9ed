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
class IdentitySourceGroupProfileForUpsert(OktaModel):
    """Contains a set of external group attributes and their values that are mapped to Okta standard
    properties. See the group [`profile`
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Group/#tag/Group/operation/getGroup!c=200&path=profile&t=response)
    and Declaration of a Custom Identity Source Schema in [Using anything as a
    source](https://help.okta.com/okta_help.htm?type=oie&id=ext-anything-as-a-source).
    > **Note:** Profile attributes can only be of the string type.

    Attributes:
        description: Description of the group
        display_name (`displayName`): Name of the group
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "displayName": "display_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "display_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "display_name": "displayName",
        "additional_properties": lambda d: _convert.undeclared(d, IdentitySourceGroupProfileForUpsert._json_names),
    }

    description: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.description = d.pop("description", UNSET)
        obj.display_name = d.pop("displayName", UNSET)
        obj.additional_properties = d
        return obj
