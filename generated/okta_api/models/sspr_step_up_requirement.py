from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .sspr_step_up_requirement_methods_item import SsprStepUpRequirementMethodsItem

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SsprStepUpRequirement(OktaModel):
    """Defines the secondary authenticators needed for password reset if `required` is true. The following
    are three valid configurations:
    * `required`=false
    * `required`=true with no methods to use any SSO authenticator
    * `required`=true with `security_question` as the method

    Attributes:
        methods: Authenticator methods required for secondary authentication step of password recovery.
            Specify this value only when `required` is true and `security_question` is permitted for
            the secondary authentication.
        required: bool
    """

    _json_names: ClassVar[dict[str, str]] = {
        "methods": "methods",
        "required": "required",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "methods": "list:enum",
        "required": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "methods": lambda d: _convert.parse_enum_list(SsprStepUpRequirementMethodsItem, d.get("methods", UNSET)),
        "required": "required",
        "additional_properties": lambda d: _convert.undeclared(d, SsprStepUpRequirement._json_names),
    }

    methods: list[SsprStepUpRequirementMethodsItem] | None | Unset = UNSET
    required: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.methods is not UNSET:
            d["methods"] = self.methods
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
        obj.methods = _convert.parse_enum_list(SsprStepUpRequirementMethodsItem, d.pop("methods", UNSET))
        obj.required = d.pop("required", UNSET)
        obj.additional_properties = d
        return obj
