from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import workflows_validation_detail_provider as _workflows_validation_detail_provider

if TYPE_CHECKING:
    from typing import Self

    from .workflows_validation_detail_provider import WorkflowsValidationDetailProvider


@_attrs_define(kw_only=True)
class ValidationDetail(OktaModel):
    """Validation detail

    Attributes:
        id: Action identifier
        provider: Workflows-specific validation details for action flows
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "provider": "provider",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "provider": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "provider": lambda d: (
            _workflows_validation_detail_provider.WorkflowsValidationDetailProvider.from_json(v)
            if (v := d.get("provider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_workflows_validation_detail_provider.WorkflowsValidationDetailProvider, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ValidationDetail._json_names),
    }

    id: str | None | Unset
    provider: WorkflowsValidationDetailProvider | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.provider is not UNSET:
            d["provider"] = _convert.dump_model(self.provider, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.provider = (
            _workflows_validation_detail_provider.WorkflowsValidationDetailProvider.from_dict(v)
            if (v := d.pop("provider", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_workflows_validation_detail_provider.WorkflowsValidationDetailProvider, v)
        )
        obj.additional_properties = d
        return obj
