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
class RateLimitWarningThresholdRequest(OktaModel):
    """RateLimitWarningThreshold

    Attributes:
        warning_threshold (`warningThreshold`): The threshold value (percentage) of a rate limit that, when exceeded, triggers a warning
            notification. By default, this value is 90 for Workforce orgs and 60 for CIAM orgs.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "warningThreshold": "warning_threshold",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "warning_threshold": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "warning_threshold": "warningThreshold",
        "additional_properties": lambda d: _convert.undeclared(d, RateLimitWarningThresholdRequest._json_names),
    }

    warning_threshold: int | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.warning_threshold is not UNSET:
            d["warningThreshold"] = self.warning_threshold
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.warning_threshold = d.pop("warningThreshold", UNSET)
        obj.additional_properties = d
        return obj
