from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import permission as _permission

if TYPE_CHECKING:
    from typing import Self

    from .permission import Permission


@_attrs_define(kw_only=True)
class Permissions(OktaModel):
    """Permissions assigned to the role

    Attributes:
        permissions: Array of permissions assigned to the role. See
            [Permissions](https://developer.okta.com/docs/api/openapi/okta-management/guides/permissions).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "permissions": "permissions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "permissions": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "permissions": lambda d: _convert.parse_model_list(
            _permission.Permission.from_json, d.get("permissions", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Permissions._json_names),
    }

    permissions: list[Permission] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.permissions is not UNSET:
            d["permissions"] = _convert.dump_model_list(self.permissions, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.permissions = _convert.parse_model_list(_permission.Permission.from_dict, d.pop("permissions", UNSET))
        obj.additional_properties = d
        return obj
