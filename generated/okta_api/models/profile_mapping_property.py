from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .profile_mapping_property_push_status import ProfileMappingPropertyPushStatus

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ProfileMappingProperty(OktaModel):
    """A target property, in string form, that maps to a valid [JSON Schema
    Draft](https://tools.ietf.org/html/draft-zyp-json-schema-04) document.

    Attributes:
        expression: Combination or single source properties that are mapped to the target property. See [Okta
            Expression Language](https://developer.okta.com/docs/reference/okta-expression-language/).
        push_status (`pushStatus`): Indicates whether to update target properties for user create and update or just for user
            create.

            - Having a pushStatus of `PUSH` causes properties in the target to be updated on create
            and update.
            - Having a pushStatus of `DONT_PUSH` causes properties in the target to be updated only on
            create.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expression": "expression",
        "pushStatus": "push_status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expression": "str",
        "push_status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expression": "expression",
        "push_status": lambda d: (
            _convert.parse_enum(ProfileMappingPropertyPushStatus, v)
            if (v := d.get("pushStatus", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProfileMappingProperty._json_names),
    }

    expression: str | None | Unset = UNSET
    push_status: ProfileMappingPropertyPushStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expression is not UNSET:
            d["expression"] = self.expression
        if self.push_status is not UNSET:
            d["pushStatus"] = self.push_status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.expression = d.pop("expression", UNSET)
        obj.push_status = (
            _convert.parse_enum(ProfileMappingPropertyPushStatus, v)
            if (v := d.pop("pushStatus", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
