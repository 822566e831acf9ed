from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .sspr_step_up_requirement_methods_item import SsprStepUpRequirementMethodsItem

if TYPE_CHECKING:
    from typing import Self


def _parse_methods(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(SsprStepUpRequirementMethodsItem, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "methods": ("methods", _parse_methods),
        "required": ("required", None),
    }

    methods: list[SsprStepUpRequirementMethodsItem] | None = _attrs_field(init=False)
    required: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        methods: list[SsprStepUpRequirementMethodsItem] | None | Unset = UNSET,
        required: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if methods is not UNSET:
            _set_field(self, "methods", methods)
        if required is not UNSET:
            _set_field(self, "required", required)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("methods", UNSET)) is not UNSET:
            d["methods"] = v
        if (v := values.get("required", UNSET)) is not UNSET:
            d["required"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("methods", UNSET)) is not UNSET:
            obj.methods = _parse_methods(v, False)
        if (v := d.pop("required", UNSET)) is not UNSET:
            obj.required = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
