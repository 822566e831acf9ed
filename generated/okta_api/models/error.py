from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import error_cause as _error_cause

if TYPE_CHECKING:
    from typing import Self

    from .error_cause import ErrorCause


@_attrs_define(kw_only=True)
class Error(OktaModel):
    """Error

    Attributes:
        error_causes (`errorCauses`): list[ErrorCause]
        error_code (`errorCode`): An Okta code for this type of error
        error_id (`errorId`): A unique identifier for this error. This can be used by Okta Support to help with
            troubleshooting.
        error_link (`errorLink`): An Okta code for this type of error
        error_summary (`errorSummary`): A short description of what caused this error. Sometimes this contains
            dynamically-generated information about your specific error.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "errorCauses": "error_causes",
        "errorCode": "error_code",
        "errorId": "error_id",
        "errorLink": "error_link",
        "errorSummary": "error_summary",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "error_causes": "list:model",
        "error_code": "str",
        "error_id": "str",
        "error_link": "str",
        "error_summary": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "error_causes": lambda d: _convert.parse_model_list(
            _error_cause.ErrorCause.from_json, d.get("errorCauses", UNSET)
        ),
        "error_code": "errorCode",
        "error_id": "errorId",
        "error_link": "errorLink",
        "error_summary": "errorSummary",
        "additional_properties": lambda d: _convert.undeclared(d, Error._json_names),
    }

    error_causes: list[ErrorCause] | None | Unset = UNSET
    error_code: str | None | Unset = UNSET
    error_id: str | None | Unset = UNSET
    error_link: str | None | Unset = UNSET
    error_summary: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.error_causes is not UNSET:
            d["errorCauses"] = _convert.dump_model_list(self.error_causes, omit_read_only)
        if self.error_code is not UNSET:
            d["errorCode"] = self.error_code
        if self.error_id is not UNSET:
            d["errorId"] = self.error_id
        if self.error_link is not UNSET:
            d["errorLink"] = self.error_link
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
        obj.error_causes = _convert.parse_model_list(_error_cause.ErrorCause.from_dict, d.pop("errorCauses", UNSET))
        obj.error_code = d.pop("errorCode", UNSET)
        obj.error_id = d.pop("errorId", UNSET)
        obj.error_link = d.pop("errorLink", UNSET)
        obj.error_summary = d.pop("errorSummary", UNSET)
        obj.additional_properties = d
        return obj
