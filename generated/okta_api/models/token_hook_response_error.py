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
class TokenHookResponseError(OktaModel):
    """When an error object is returned, it causes Okta to return an OAuth 2.0 error to the requester of
    the token. In the error response, the value of `error` is `server_error`, and the value of
    `error_description` is the string that you supplied in the `errorSummary` property of the `error`
    object that you returned.

    Attributes:
        error_summary (`errorSummary`): Human-readable summary of the error. If the error object doesn't include the
            `errorSummary` property defined, the following common default message is returned to the
            end user: `The callback service returned an error`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "errorSummary": "error_summary",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "error_summary": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "error_summary": "errorSummary",
        "additional_properties": lambda d: _convert.undeclared(d, TokenHookResponseError._json_names),
    }

    error_summary: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.error_summary is not UNSET:
            d["errorSummary"] = self.error_summary
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.error_summary = d.pop("errorSummary", UNSET)
        obj.additional_properties = d
        return obj
