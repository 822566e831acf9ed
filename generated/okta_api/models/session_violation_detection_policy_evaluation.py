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
class SessionViolationDetectionPolicyEvaluation(OktaModel):
    """<x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>Used to
    control evaluation of the session sign-on policies

    Attributes:
        enabled: When true, the sign-on policies of the session are evaluated
    """

    _json_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "enabled": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "enabled": "enabled",
        "additional_properties": lambda d: _convert.undeclared(
            d, SessionViolationDetectionPolicyEvaluation._json_names
        ),
    }

    enabled: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.enabled = d.pop("enabled", UNSET)
        obj.additional_properties = d
        return obj
