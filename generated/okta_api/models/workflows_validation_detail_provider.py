from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from .action_provider_payload_type import ActionProviderPayloadType
from .validation_detail_provider import ValidationDetailProvider

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(ActionProviderPayloadType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "external_id": ("externalId", None),
        "type_": ("type", _parse_type_),
        "code": ("code", None),
        "flow_name": ("flowName", None),
        "link": ("link", None),
        "message": ("message", None),
    }

    external_id: str | None = _attrs_field(init=False)
    type_: ActionProviderPayloadType | None = _attrs_field(init=False)
    code: str | None = _attrs_field(init=False)
    flow_name: str | None = _attrs_field(init=False)
    link: str | None = _attrs_field(init=False)
    message: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        external_id: str | None | Unset,
        code: str | None | Unset,
        flow_name: str | None | Unset,
        link: str | None | Unset,
        message: str | None | Unset,
        type_: ActionProviderPayloadType | None | Unset = ActionProviderPayloadType("WORKFLOWS"),
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if external_id is not UNSET:
            _set_field(self, "external_id", external_id)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if code is not UNSET:
            _set_field(self, "code", code)
        if flow_name is not UNSET:
            _set_field(self, "flow_name", flow_name)
        if link is not UNSET:
            _set_field(self, "link", link)
        if message is not UNSET:
            _set_field(self, "message", message)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("external_id", UNSET)) is not UNSET:
            d["externalId"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("code", UNSET)) is not UNSET:
            d["code"] = v
        if (v := values.get("flow_name", UNSET)) is not UNSET:
            d["flowName"] = v
        if (v := values.get("link", UNSET)) is not UNSET:
            d["link"] = v
        if (v := values.get("message", UNSET)) is not UNSET:
            d["message"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("externalId", UNSET)) is not UNSET:
            obj.external_id = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("code", UNSET)) is not UNSET:
            obj.code = v
        if (v := d.pop("flowName", UNSET)) is not UNSET:
            obj.flow_name = v
        if (v := d.pop("link", UNSET)) is not UNSET:
            obj.link = v
        if (v := d.pop("message", UNSET)) is not UNSET:
            obj.message = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
