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
class ProfileEnrollmentPolicyRuleProfileAttribute(OktaModel):
    """An Okta `ProfileEnrollmentPolicyRuleProfileAttribute`.

    Attributes:
        label: A display-friendly label for this property
        name: The name of a user profile property. Can be an existing property.
        required: (Optional, default `FALSE`) Indicates if this property is required for enrollment
    """

    _json_names: ClassVar[dict[str, str]] = {
        "label": "label",
        "name": "name",
        "required": "required",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "label": "str",
        "name": "str",
        "required": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "label": "label",
        "name": "name",
        "required": "required",
        "additional_properties": lambda d: _convert.undeclared(
            d, ProfileEnrollmentPolicyRuleProfileAttribute._json_names
        ),
    }

    label: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    required: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.label is not UNSET:
            d["label"] = self.label
        if self.name is not UNSET:
            d["name"] = self.name
        if self.required is not UNSET:
            d["required"] = self.required
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.label = d.pop("label", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.required = d.pop("required", UNSET)
        obj.additional_properties = d
        return obj
