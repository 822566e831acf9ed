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
class GovernanceErrorCause(OktaModel):
    """One cause of an error.

    Attributes:
        error_summary (`errorSummary`): Human-readable description of the cause.
        reason: Code of the reason the error occurred.
        location: Key where the cause occurred, read together with `locationType`.
        location_type (`locationType`): Part of the request where the cause occurred, such as `body`.
        domain: Domain of the service in which the error occurred.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "errorSummary": "error_summary",
        "reason": "reason",
        "location": "location",
        "locationType": "location_type",
        "domain": "domain",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "error_summary": "str",
        "reason": "str",
        "location": "str",
        "location_type": "str",
        "domain": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "error_summary": ("errorSummary", None),
        "reason": ("reason", None),
        "location": ("location", None),
        "location_type": ("locationType", None),
        "domain": ("domain", None),
    }

    error_summary: str | None = _attrs_field(init=False)
    reason: str | None = _attrs_field(init=False)
    location: str | None = _attrs_field(init=False)
    location_type: str | None = _attrs_field(init=False)
    domain: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        error_summary: str | None | Unset,
        reason: str | None | Unset = UNSET,
        location: str | None | Unset = UNSET,
        location_type: str | None | Unset = UNSET,
        domain: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if error_summary is not UNSET:
            _set_field(self, "error_summary", error_summary)
        if reason is not UNSET:
            _set_field(self, "reason", reason)
        if location is not UNSET:
            _set_field(self, "location", location)
        if location_type is not UNSET:
            _set_field(self, "location_type", location_type)
        if domain is not UNSET:
            _set_field(self, "domain", domain)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("error_summary", UNSET)) is not UNSET:
            d["errorSummary"] = v
        if (v := values.get("reason", UNSET)) is not UNSET:
            d["reason"] = v
        if (v := values.get("location", UNSET)) is not UNSET:
            d["location"] = v
        if (v := values.get("location_type", UNSET)) is not UNSET:
            d["locationType"] = v
        if (v := values.get("domain", UNSET)) is not UNSET:
            d["domain"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("errorSummary", UNSET)) is not UNSET:
            obj.error_summary = v
        if (v := d.pop("reason", UNSET)) is not UNSET:
            obj.reason = v
        if (v := d.pop("location", UNSET)) is not UNSET:
            obj.location = v
        if (v := d.pop("locationType", UNSET)) is not UNSET:
            obj.location_type = v
        if (v := d.pop("domain", UNSET)) is not UNSET:
            obj.domain = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
