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
class SsfTransmitterSecurityEventSubject(OktaModel):
    """The event subject

    Attributes:
        format_ (`format`): The format of the subject
        iss: An identifier of the actor
        sub: An identifier for the subject that was acted on
    """

    _json_names: ClassVar[dict[str, str]] = {
        "format": "format_",
        "iss": "iss",
        "sub": "sub",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "format_": "str",
        "iss": "str",
        "sub": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "format_": "format",
        "iss": "iss",
        "sub": "sub",
        "additional_properties": lambda d: _convert.undeclared(d, SsfTransmitterSecurityEventSubject._json_names),
    }

    format_: str | None | Unset = UNSET
    iss: str | None | Unset = UNSET
    sub: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.format_ is not UNSET:
            d["format"] = self.format_
        if self.iss is not UNSET:
            d["iss"] = self.iss
        if self.sub is not UNSET:
            d["sub"] = self.sub
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.format_ = d.pop("format", UNSET)
        obj.iss = d.pop("iss", UNSET)
        obj.sub = d.pop("sub", UNSET)
        obj.additional_properties = d
        return obj
