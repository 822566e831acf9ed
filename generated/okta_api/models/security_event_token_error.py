from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .security_event_token_error_err import SecurityEventTokenErrorErr

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SecurityEventTokenError(OktaModel):
    """Security event token error

    Error object thrown when parsing the security event token

    Attributes:
        description: Describes the error
            > **Note:** SET claim fields with underscores (snake case) are presented in camelcase. For
            example, `previous_status` appears as `previousStatus`.
        err: A code that describes the category of the error
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "err": "err",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "err": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "err": lambda d: (
            _convert.parse_enum(SecurityEventTokenErrorErr, v) if (v := d.get("err", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SecurityEventTokenError._json_names),
    }

    description: str | None | Unset = UNSET
    err: SecurityEventTokenErrorErr | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.err is not UNSET:
            d["err"] = self.err
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.description = d.pop("description", UNSET)
        obj.err = (
            _convert.parse_enum(SecurityEventTokenErrorErr, v) if (v := d.pop("err", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
