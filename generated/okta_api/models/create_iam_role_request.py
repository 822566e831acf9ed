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
class CreateIamRoleRequest(OktaModel):
    """An Okta `CreateIamRoleRequest`.

    Attributes:
        description: Description of the role
        label: Unique label for the role
        permissions: Array of permissions that the role grants. See
            [Permissions](https://developer.okta.com/docs/api/openapi/okta-management/guides/permissions).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "label": "label",
        "permissions": "permissions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "label": "str",
        "permissions": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "label": "label",
        "permissions": "permissions",
        "additional_properties": lambda d: _convert.undeclared(d, CreateIamRoleRequest._json_names),
    }

    description: str | None | Unset
    label: str | None | Unset
    permissions: list[str] | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.label is not UNSET:
            d["label"] = self.label
        if self.permissions is not UNSET:
            d["permissions"] = self.permissions
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
        obj.label = d.pop("label", UNSET)
        obj.permissions = d.pop("permissions", UNSET)
        obj.additional_properties = d
        return obj
