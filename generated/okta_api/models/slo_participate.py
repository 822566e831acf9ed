from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .slo_participate_binding_type import SloParticipateBindingType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SloParticipate(OktaModel):
    """Determines if the app participates in Single Logout (SLO)

    Attributes:
        binding_type (`bindingType`): Request binding type
        enabled: Indicates whether the app is allowed to participate in front-channel SLO
        logout_request_url (`logoutRequestUrl`): URL where Okta sends the logout request
        session_index_required (`sessionIndexRequired`): Determines whether Okta sends the `SessionIndex` elements in the logout request
    """

    _json_names: ClassVar[dict[str, str]] = {
        "bindingType": "binding_type",
        "enabled": "enabled",
        "logoutRequestUrl": "logout_request_url",
        "sessionIndexRequired": "session_index_required",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "binding_type": "enum",
        "enabled": "bool",
        "logout_request_url": "str",
        "session_index_required": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "binding_type": lambda d: (
            _convert.parse_enum(SloParticipateBindingType, v)
            if (v := d.get("bindingType", UNSET)).__class__ is str
            else v
        ),
        "enabled": "enabled",
        "logout_request_url": "logoutRequestUrl",
        "session_index_required": "sessionIndexRequired",
        "additional_properties": lambda d: _convert.undeclared(d, SloParticipate._json_names),
    }

    binding_type: SloParticipateBindingType | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    logout_request_url: str | None | Unset = UNSET
    session_index_required: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.binding_type is not UNSET:
            d["bindingType"] = self.binding_type
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.logout_request_url is not UNSET:
            d["logoutRequestUrl"] = self.logout_request_url
        if self.session_index_required is not UNSET:
            d["sessionIndexRequired"] = self.session_index_required
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.binding_type = (
            _convert.parse_enum(SloParticipateBindingType, v)
            if (v := d.pop("bindingType", UNSET)).__class__ is str
            else v
        )
        obj.enabled = d.pop("enabled", UNSET)
        obj.logout_request_url = d.pop("logoutRequestUrl", UNSET)
        obj.session_index_required = d.pop("sessionIndexRequired", UNSET)
        obj.additional_properties = d
        return obj
