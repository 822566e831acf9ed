from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .slo_participate_binding_type import SloParticipateBindingType

if TYPE_CHECKING:
    from typing import Self


_parse_binding_type = _convert.enum_parser(SloParticipateBindingType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "binding_type": ("bindingType", _parse_binding_type),
        "enabled": ("enabled", None),
        "logout_request_url": ("logoutRequestUrl", None),
        "session_index_required": ("sessionIndexRequired", None),
    }

    binding_type: SloParticipateBindingType | None = _attrs_field(init=False)
    enabled: bool | None = _attrs_field(init=False)
    logout_request_url: str | None = _attrs_field(init=False)
    session_index_required: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        binding_type: SloParticipateBindingType | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        logout_request_url: str | None | Unset = UNSET,
        session_index_required: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if binding_type is not UNSET:
            _set_field(self, "binding_type", binding_type)
        if enabled is not UNSET:
            _set_field(self, "enabled", enabled)
        if logout_request_url is not UNSET:
            _set_field(self, "logout_request_url", logout_request_url)
        if session_index_required is not UNSET:
            _set_field(self, "session_index_required", session_index_required)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("binding_type", UNSET)) is not UNSET:
            d["bindingType"] = v
        if (v := values.get("enabled", UNSET)) is not UNSET:
            d["enabled"] = v
        if (v := values.get("logout_request_url", UNSET)) is not UNSET:
            d["logoutRequestUrl"] = v
        if (v := values.get("session_index_required", UNSET)) is not UNSET:
            d["sessionIndexRequired"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("bindingType", UNSET)) is not UNSET:
            obj.binding_type = _parse_binding_type(v, False)
        if (v := d.pop("enabled", UNSET)) is not UNSET:
            obj.enabled = v
        if (v := d.pop("logoutRequestUrl", UNSET)) is not UNSET:
            obj.logout_request_url = v
        if (v := d.pop("sessionIndexRequired", UNSET)) is not UNSET:
            obj.session_index_required = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
