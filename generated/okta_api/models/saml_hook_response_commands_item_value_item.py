from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    saml_hook_response_commands_item_value_item_value_type_2 as _saml_hook_response_commands_item_value_item_value_type_2,
)

if TYPE_CHECKING:
    from typing import Self

    from .saml_hook_response_commands_item_value_item_value_type_2 import (
        SAMLHookResponseCommandsItemValueItemValueType2,
    )


@_attrs_define(kw_only=True)
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
        "op": "op",
        "path": "path",
        "value": lambda d: _convert.parse_union(
            (
                _saml_hook_response_commands_item_value_item_value_type_2.SAMLHookResponseCommandsItemValueItemValueType2,
            ),
            d.get("value", UNSET),
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SAMLHookResponseCommandsItemValueItem._json_names),
    }

    op: str | None | Unset = UNSET
    path: str | None | Unset = UNSET
    value: str | int | SAMLHookResponseCommandsItemValueItemValueType2 | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.op is not UNSET:
            d["op"] = self.op
        if self.path is not UNSET:
            d["path"] = self.path
        if self.value is not UNSET:
            d["value"] = _convert.dump_value(self.value, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.op = d.pop("op", UNSET)
        obj.path = d.pop("path", UNSET)
        obj.value = _convert.parse_union(
            (
                _saml_hook_response_commands_item_value_item_value_type_2.SAMLHookResponseCommandsItemValueItemValueType2,
            ),
            d.pop("value", UNSET),
        )
        obj.additional_properties = d
        return obj
