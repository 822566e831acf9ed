from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from . import security_events_provider_settings_response as _security_events_provider_settings_response
from .security_events_provider_response_status import SecurityEventsProviderResponseStatus

if TYPE_CHECKING:
    from typing import Self

    from .links_self_and_lifecycle import LinksSelfAndLifecycle
    from .security_events_provider_settings_response import SecurityEventsProviderSettingsResponse


@_attrs_define(kw_only=True)
class SecurityEventsProviderResponse(OktaModel):
    """Security events provider response

    The security events provider response

    Attributes:
        id (read-only, never sent): The unique identifier of this instance
        name: The name of the security events provider instance
        settings: Security events provider settings
        status (read-only, never sent): Indicates whether the security events provider is active or not
        type_ (`type`): The app type of the security events provider
        field_links (`_links`): LinksSelfAndLifecycle
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "settings": "settings",
        "status": "status",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "settings": "model",
        "status": "enum",
        "type_": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "name": "name",
        "settings": lambda d: (
            _security_events_provider_settings_response.SecurityEventsProviderSettingsResponse.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _security_events_provider_settings_response.SecurityEventsProviderSettingsResponse, v
            )
        ),
        "status": lambda d: (
            _convert.parse_enum(SecurityEventsProviderResponseStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "type_": "type",
        "field_links": lambda d: (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SecurityEventsProviderResponse._json_names),
    }

    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    settings: SecurityEventsProviderSettingsResponse | None | Unset = UNSET
    status: SecurityEventsProviderResponseStatus | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    field_links: LinksSelfAndLifecycle | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
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
        obj.name = d.pop("name", UNSET)
        obj.settings = (
            _security_events_provider_settings_response.SecurityEventsProviderSettingsResponse.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _security_events_provider_settings_response.SecurityEventsProviderSettingsResponse, v
            )
        )
        obj.status = (
            _convert.parse_enum(SecurityEventsProviderResponseStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.type_ = d.pop("type", UNSET)
        obj.field_links = (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        )
        obj.additional_properties = d
        return obj
