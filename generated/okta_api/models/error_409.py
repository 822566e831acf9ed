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
class Error409(OktaModel):
    """Conflict error object

    Attributes:
        error_causes (`errorCauses`, read-only, never sent): Another request has already been received for the settings for this email template
        error_code (`errorCode`, read-only, never sent): E0000254
        error_id (`errorId`, read-only, never sent): sampleH3iLB6bpBcbnV9E09Fy
        error_link (`errorLink`, read-only, never sent): E0000254
        error_summary (`errorSummary`, read-only, never sent): Another request has already been received for the settings for this email template
    """

    _json_names: ClassVar[dict[str, str]] = {
        "errorCauses": "error_causes",
        "errorCode": "error_code",
        "errorId": "error_id",
        "errorLink": "error_link",
        "errorSummary": "error_summary",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "error_causes": "list:str",
        "error_code": "str",
        "error_id": "str",
        "error_link": "str",
        "error_summary": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "error_causes": "errorCauses",
        "error_code": "errorCode",
        "error_id": "errorId",
        "error_link": "errorLink",
        "error_summary": "errorSummary",
        "additional_properties": lambda d: _convert.undeclared(d, Error409._json_names),
    }

    error_causes: list[str] | None | Unset = UNSET
    error_code: str | None | Unset = UNSET
    error_id: str | None | Unset = UNSET
    error_link: str | None | Unset = UNSET
    error_summary: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.error_causes is not UNSET and not omit_read_only:
            d["errorCauses"] = self.error_causes
        if self.error_code is not UNSET and not omit_read_only:
            d["errorCode"] = self.error_code
        if self.error_id is not UNSET and not omit_read_only:
            d["errorId"] = self.error_id
        if self.error_link is not UNSET and not omit_read_only:
            d["errorLink"] = self.error_link
        if self.error_summary is not UNSET and not omit_read_only:
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
        obj.error_causes = d.pop("errorCauses", UNSET)
        obj.error_code = d.pop("errorCode", UNSET)
        obj.error_id = d.pop("errorId", UNSET)
        obj.error_link = d.pop("errorLink", UNSET)
        obj.error_summary = d.pop("errorSummary", UNSET)
        obj.additional_properties = d
        return obj
