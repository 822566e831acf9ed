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
class CallerContext(OktaModel):
    """An Okta `CallerContext`.

    Attributes:
        managed_app (`managedApp`): Indicates whether the calling application is managed. This condition can only be applied
            to ANDROID device assurance policies and requires its parent rule to include both the
            `registered` and `managed` conditions.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "managedApp": "managed_app",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "managed_app": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "managed_app": "managedApp",
        "additional_properties": lambda d: _convert.undeclared(d, CallerContext._json_names),
    }

    managed_app: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.managed_app is not UNSET:
            d["managedApp"] = self.managed_app
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.managed_app = d.pop("managedApp", UNSET)
        obj.additional_properties = d
        return obj
