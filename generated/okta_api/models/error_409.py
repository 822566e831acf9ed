from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "error_causes": ("errorCauses", None),
        "error_code": ("errorCode", None),
        "error_id": ("errorId", None),
        "error_link": ("errorLink", None),
        "error_summary": ("errorSummary", None),
    }

    error_causes: list[str] | None = _attrs_field(init=False)
    error_code: str | None = _attrs_field(init=False)
    error_id: str | None = _attrs_field(init=False)
    error_link: str | None = _attrs_field(init=False)
    error_summary: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        error_causes: list[str] | None | Unset = UNSET,
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
        if (v := values.get("error_causes", UNSET)) is not UNSET and not omit_read_only:
            d["errorCauses"] = v
        if (v := values.get("error_code", UNSET)) is not UNSET and not omit_read_only:
            d["errorCode"] = v
        if (v := values.get("error_id", UNSET)) is not UNSET and not omit_read_only:
            d["errorId"] = v
        if (v := values.get("error_link", UNSET)) is not UNSET and not omit_read_only:
            d["errorLink"] = v
        if (v := values.get("error_summary", UNSET)) is not UNSET and not omit_read_only:
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
            obj.error_causes = v
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
