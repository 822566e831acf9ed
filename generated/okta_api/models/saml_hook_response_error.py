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
class SAMLHookResponseError(OktaModel):
    """An object to return an error. Returning an error causes Okta to record a failure event in the Okta
    System Log.
    The string supplied in the `errorSummary` property is recorded in the System Log event.
    > **Note:** If the error object doesn't include the defined `errorSummary` property, the following
    common default message
    is returned to the end user: `The callback service returned an error`.

    > **Note:** If a response to a SAML inline hook request isn't received from your external service
    within three seconds, a timeout occurs. In this scenario, the Okta SAML inline hook process
    continues, and the user is created.

    Attributes:
        error_summary (`errorSummary`): A human-readable summary of the error
    """

    _json_names: ClassVar[dict[str, str]] = {
        "errorSummary": "error_summary",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "error_summary": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "error_summary": "errorSummary",
        "additional_properties": lambda d: _convert.undeclared(d, SAMLHookResponseError._json_names),
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
