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
class BouncesRemoveListError(OktaModel):
    """An Okta `BouncesRemoveListError`.

    Attributes:
        email_address (`emailAddress`): An email address with a validation error
        reason: Validation error reason
    """

    _json_names: ClassVar[dict[str, str]] = {
        "emailAddress": "email_address",
        "reason": "reason",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "email_address": "str",
        "reason": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "email_address": "emailAddress",
        "reason": "reason",
        "additional_properties": lambda d: _convert.undeclared(d, BouncesRemoveListError._json_names),
    }

    email_address: str | None | Unset = UNSET
    reason: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.email_address is not UNSET:
            d["emailAddress"] = self.email_address
        if self.reason is not UNSET:
            d["reason"] = self.reason
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.email_address = d.pop("emailAddress", UNSET)
        obj.reason = d.pop("reason", UNSET)
        obj.additional_properties = d
        return obj
