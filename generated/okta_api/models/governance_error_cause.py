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
        "error_summary": "errorSummary",
        "reason": "reason",
        "location": "location",
        "location_type": "locationType",
        "domain": "domain",
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceErrorCause._json_names),
    }

    error_summary: str | None | Unset
    reason: str | None | Unset = UNSET
    location: str | None | Unset = UNSET
    location_type: str | None | Unset = UNSET
    domain: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.error_summary is not UNSET:
            d["errorSummary"] = self.error_summary
        if self.reason is not UNSET:
            d["reason"] = self.reason
        if self.location is not UNSET:
            d["location"] = self.location
        if self.location_type is not UNSET:
            d["locationType"] = self.location_type
        if self.domain is not UNSET:
            d["domain"] = self.domain
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
        obj.reason = d.pop("reason", UNSET)
        obj.location = d.pop("location", UNSET)
        obj.location_type = d.pop("locationType", UNSET)
        obj.domain = d.pop("domain", UNSET)
        obj.additional_properties = d
        return obj
