from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .action_provider_payload_type import ActionProviderPayloadType
from .available_action_provider import AvailableActionProvider

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class WorkflowAvailableActionProvider(AvailableActionProvider):
    """An Okta `WorkflowAvailableActionProvider`.

    Attributes:
        action_name (`actionName`): The name of the action flow
        external_id (`externalId`): The unique identifier of the action flow in the provider system
        link: The URL to the action flow interface in Workflows platform
        type_ (`type`): Type of action provider
    """

    _json_names: ClassVar[dict[str, str]] = {
        "actionName": "action_name",
        "externalId": "external_id",
        "link": "link",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action_name": "str",
        "external_id": "str",
        "link": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action_name": "actionName",
        "external_id": "externalId",
        "link": "link",
        "type_": lambda d: (
            _convert.parse_enum(ActionProviderPayloadType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, WorkflowAvailableActionProvider._json_names),
    }

    action_name: str | None | Unset
    external_id: str | None | Unset
    link: str | None | Unset
    type_: ActionProviderPayloadType | None | Unset = ActionProviderPayloadType("WORKFLOWS")

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action_name is not UNSET:
            d["actionName"] = self.action_name
        if self.external_id is not UNSET:
            d["externalId"] = self.external_id
        if self.link is not UNSET:
            d["link"] = self.link
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.action_name = d.pop("actionName", UNSET)
        obj.external_id = d.pop("externalId", UNSET)
        obj.link = d.pop("link", UNSET)
        obj.type_ = (
            _convert.parse_enum(ActionProviderPayloadType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
