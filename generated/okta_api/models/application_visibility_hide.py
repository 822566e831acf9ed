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
class ApplicationVisibilityHide(OktaModel):
    """Hides the app for specific end-user apps

    Attributes:
        i_os (`iOS`): Okta Mobile for iOS or Android (pre-dates Android)
        web: Okta End-User Dashboard on a web browser
    """

    _json_names: ClassVar[dict[str, str]] = {
        "iOS": "i_os",
        "web": "web",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "i_os": "bool",
        "web": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "i_os": "iOS",
        "web": "web",
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationVisibilityHide._json_names),
    }

    i_os: bool | None | Unset = UNSET
    web: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.i_os is not UNSET:
            d["iOS"] = self.i_os
        if self.web is not UNSET:
            d["web"] = self.web
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.i_os = d.pop("iOS", UNSET)
        obj.web = d.pop("web", UNSET)
        obj.additional_properties = d
        return obj
