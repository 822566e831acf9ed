from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    saml_hook_response_commands_item_value_item_value_type_2 as _saml_hook_response_commands_item_value_item_value_type_2,
)

if TYPE_CHECKING:
    from typing import Self

    from .saml_hook_response_commands_item_value_item_value_type_2 import (
        SAMLHookResponseCommandsItemValueItemValueType2,
    )


def _parse_value(v: Any, lazy: bool) -> Any:
    return _convert.parse_union(
        (_saml_hook_response_commands_item_value_item_value_type_2.SAMLHookResponseCommandsItemValueItemValueType2,), v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SAMLHookResponseCommandsItemValueItem(OktaModel):
    """An Okta `SAMLHookResponseCommandsItemValueItem`.

    Attributes:
        op: The name of one of the supported ops:
            `add`:  Add a new claim to the assertion
            `replace`: Modify any element of the assertion
             > **Note:** If a response to the SAML assertion inline hook request isn't received from
            your external service within three seconds, a timeout occurs. In this scenario, the Okta
            process flow continues with the original SAML assertion returned.
        path: Location, within the assertion, to apply the operation
        value: The value of the claim that you add or replace, and can also include other attributes. If
            adding to a claim, add another `value` attribute residing within an array called
            `attributeValues`.

            See the following examples:

            #### Simple value (integer or string)

            `"value": 300` or `"value": "replacementString"`

            #### Attribute value (object)

            ` "value": {
                "authContextClassRef": "replacementValue"
              }`

            #### AttributeValues array value (object)

            ` "value": {
                "attributes": {
                  "NameFormat": "urn:oasis:names:tc:SAML:2.0:attrname-format:basic"
                },
                "attributeValues": [
                  {"attributes": {
                    "xsi:type": "xs:string"
                  },
                  "value": "4321"}
                  ]
                }`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "op": "op",
        "path": "path",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "op": "str",
        "path": "str",
        "value": "any",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "op": ("op", None),
        "path": ("path", None),
        "value": ("value", _parse_value),
    }

    op: str | None = _attrs_field(init=False)
    path: str | None = _attrs_field(init=False)
    value: str | int | SAMLHookResponseCommandsItemValueItemValueType2 | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        op: str | None | Unset = UNSET,
        path: str | None | Unset = UNSET,
        value: str | int | SAMLHookResponseCommandsItemValueItemValueType2 | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if op is not UNSET:
            _set_field(self, "op", op)
        if path is not UNSET:
            _set_field(self, "path", path)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("op", UNSET)) is not UNSET:
            d["op"] = v
        if (v := values.get("path", UNSET)) is not UNSET:
            d["path"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = _convert.dump_value(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("op", UNSET)) is not UNSET:
            obj.op = v
        if (v := d.pop("path", UNSET)) is not UNSET:
            obj.path = v
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = _parse_value(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
