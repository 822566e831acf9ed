from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import error_cause as _error_cause

if TYPE_CHECKING:
    from typing import Self

    from .error_cause import ErrorCause


def _parse_error_causes(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _error_cause.ErrorCause.from_json if lazy else _error_cause.ErrorCause.from_dict, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "error_causes": ("errorCauses", _parse_error_causes),
        "error_code": ("errorCode", None),
        "error_id": ("errorId", None),
        "error_link": ("errorLink", None),
        "error_summary": ("errorSummary", None),
    }

    error_causes: list[ErrorCause] | None = _attrs_field(init=False)
    error_code: str | None = _attrs_field(init=False)
    error_id: str | None = _attrs_field(init=False)
    error_link: str | None = _attrs_field(init=False)
    error_summary: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        error_causes: list[ErrorCause] | None | Unset = UNSET,
        error_code: str | None | Unset = UNSET,
        error_id: str | None | Unset = UNSET,
        error_link: str | None | Unset = UNSET,
        error_summary: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if error_causes is not UNSET:
            _set_field(self, "error_causes", error_causes)
        if error_code is not UNSET:
            _set_field(self, "error_code", error_code)
        if error_id is not UNSET:
            _set_field(self, "error_id", error_id)
        if error_link is not UNSET:
            _set_field(self, "error_link", error_link)
        if error_summary is not UNSET:
            _set_field(self, "error_summary", error_summary)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("error_causes", UNSET)) is not UNSET:
            d["errorCauses"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("error_code", UNSET)) is not UNSET:
            d["errorCode"] = v
        if (v := values.get("error_id", UNSET)) is not UNSET:
            d["errorId"] = v
        if (v := values.get("error_link", UNSET)) is not UNSET:
            d["errorLink"] = v
        if (v := values.get("error_summary", UNSET)) is not UNSET:
            d["errorSummary"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("errorCauses", UNSET)) is not UNSET:
            obj.error_causes = _parse_error_causes(v, False)
        if (v := d.pop("errorCode", UNSET)) is not UNSET:
            obj.error_code = v
        if (v := d.pop("errorId", UNSET)) is not UNSET:
            obj.error_id = v
        if (v := d.pop("errorLink", UNSET)) is not UNSET:
            obj.error_link = v
        if (v := d.pop("errorSummary", UNSET)) is not UNSET:
            obj.error_summary = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
