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
class GroupEmbeddedApp(OktaModel):
    """If the group is sourced from an app, this object contains information about that app

    Attributes:
        id: The ID of the `AppInstance`
        name: The name of the `AppInstance`
        label: The user-facing display name of the `AppInstance`
        sign_on_mode (`signOnMode`): The configured sign-on mode for the `AppInstance`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "label": "label",
        "signOnMode": "sign_on_mode",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "label": "str",
        "sign_on_mode": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "name": "name",
        "label": "label",
        "sign_on_mode": "signOnMode",
        "additional_properties": lambda d: _convert.undeclared(d, GroupEmbeddedApp._json_names),
    }

    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    sign_on_mode: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.label is not UNSET:
            d["label"] = self.label
        if self.sign_on_mode is not UNSET:
            d["signOnMode"] = self.sign_on_mode
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.label = d.pop("label", UNSET)
        obj.sign_on_mode = d.pop("signOnMode", UNSET)
        obj.additional_properties = d
        return obj
