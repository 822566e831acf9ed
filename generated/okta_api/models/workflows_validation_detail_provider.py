from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .action_provider_payload_type import ActionProviderPayloadType
from .validation_detail_provider import ValidationDetailProvider

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class WorkflowsValidationDetailProvider(ValidationDetailProvider):
    """Workflows-specific validation details for action flows

    Attributes:
        external_id (`externalId`): The unique identifier of the action flow in the provider system
        type_ (`type`): Type of action provider
        code: Error code identifying the validation issue
        flow_name (`flowName`): The name of the action flow
        link: The URL to the action flow interface in Workflows platform
        message: Validation error message
    """

    _json_names: ClassVar[dict[str, str]] = {
        "externalId": "external_id",
        "type": "type_",
        "code": "code",
        "flowName": "flow_name",
        "link": "link",
        "message": "message",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "external_id": "str",
        "type_": "enum",
        "code": "str",
        "flow_name": "str",
        "link": "str",
        "message": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "external_id": "externalId",
        "type_": lambda d: (
            _convert.parse_enum(ActionProviderPayloadType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "code": "code",
        "flow_name": "flowName",
        "link": "link",
        "message": "message",
        "additional_properties": lambda d: _convert.undeclared(d, WorkflowsValidationDetailProvider._json_names),
    }

    external_id: str | None | Unset
    code: str | None | Unset
    flow_name: str | None | Unset
    link: str | None | Unset
    message: str | None | Unset
    type_: ActionProviderPayloadType | None | Unset = ActionProviderPayloadType("WORKFLOWS")

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.external_id is not UNSET:
            d["externalId"] = self.external_id
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.code is not UNSET:
            d["code"] = self.code
        if self.flow_name is not UNSET:
            d["flowName"] = self.flow_name
        if self.link is not UNSET:
            d["link"] = self.link
        if self.message is not UNSET:
            d["message"] = self.message
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.external_id = d.pop("externalId", UNSET)
        obj.type_ = (
            _convert.parse_enum(ActionProviderPayloadType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.code = d.pop("code", UNSET)
        obj.flow_name = d.pop("flowName", UNSET)
        obj.link = d.pop("link", UNSET)
        obj.message = d.pop("message", UNSET)
        obj.additional_properties = d
        return obj
