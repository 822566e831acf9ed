from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .action_provider_payload_type import ActionProviderPayloadType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ValidationDetailProvider(OktaModel):
    """Action provider validation details

    Attributes:
        external_id (`externalId`): The unique identifier of the action flow in the provider system
        type_ (`type`): Type of action provider
    """

    _json_names: ClassVar[dict[str, str]] = {
        "externalId": "external_id",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "external_id": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "external_id": "externalId",
        "type_": lambda d: (
            _convert.parse_enum(ActionProviderPayloadType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ValidationDetailProvider._json_names),
    }
    _discriminator: ClassVar[str] = "type"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "WORKFLOWS": ("workflows_validation_detail_provider", "WorkflowsValidationDetailProvider"),
    }

    external_id: str | None | Unset
    type_: ActionProviderPayloadType | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.external_id is not UNSET:
            d["externalId"] = self.external_id
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is ValidationDetailProvider:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.external_id = d.pop("externalId", UNSET)
        obj.type_ = (
            _convert.parse_enum(ActionProviderPayloadType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is ValidationDetailProvider and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
