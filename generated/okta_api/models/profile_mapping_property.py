from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .profile_mapping_property_push_status import ProfileMappingPropertyPushStatus

if TYPE_CHECKING:
    from typing import Self


_parse_push_status = _convert.enum_parser(ProfileMappingPropertyPushStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "expression": ("expression", None),
        "push_status": ("pushStatus", _parse_push_status),
    }

    expression: str | None = _attrs_field(init=False)
    push_status: ProfileMappingPropertyPushStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        expression: str | None | Unset = UNSET,
        push_status: ProfileMappingPropertyPushStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if expression is not UNSET:
            _set_field(self, "expression", expression)
        if push_status is not UNSET:
            _set_field(self, "push_status", push_status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("expression", UNSET)) is not UNSET:
            d["expression"] = v
        if (v := values.get("push_status", UNSET)) is not UNSET:
            d["pushStatus"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("expression", UNSET)) is not UNSET:
            obj.expression = v
        if (v := d.pop("pushStatus", UNSET)) is not UNSET:
            obj.push_status = _parse_push_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
