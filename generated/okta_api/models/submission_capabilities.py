from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import submission_capability as _submission_capability

if TYPE_CHECKING:
    from typing import Self

    from .submission_capability import SubmissionCapability


@_attrs_define(kw_only=True)
class SubmissionCapabilities(OktaModel):
    """An Okta `SubmissionCapabilities`.

    Attributes:
        capabilities: list[SubmissionCapability]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "capabilities": "capabilities",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "capabilities": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "capabilities": lambda d: _convert.parse_model_list(
            _submission_capability.SubmissionCapability.from_json, d.get("capabilities", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SubmissionCapabilities._json_names),
    }

    capabilities: list[SubmissionCapability] | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.capabilities is not UNSET:
            d["capabilities"] = _convert.dump_model_list(self.capabilities, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.capabilities = _convert.parse_model_list(
            _submission_capability.SubmissionCapability.from_dict, d.pop("capabilities", UNSET)
        )
        obj.additional_properties = d
        return obj
