from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import supported_methods as _supported_methods
from . import (
    well_known_app_authenticator_configuration_settings as _well_known_app_authenticator_configuration_settings,
)
from .authenticator_key_enum import AuthenticatorKeyEnum
from .well_known_app_authenticator_configuration_type import WellKnownAppAuthenticatorConfigurationType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .supported_methods import SupportedMethods
    from .well_known_app_authenticator_configuration_settings import WellKnownAppAuthenticatorConfigurationSettings


@_attrs_define(kw_only=True)
class WellKnownAppAuthenticatorConfiguration(OktaModel):
    """An Okta `WellKnownAppAuthenticatorConfiguration`.

    Attributes:
        app_authenticator_enroll_endpoint (`appAuthenticatorEnrollEndpoint`): The authenticator enrollment endpoint
        authenticator_id (`authenticatorId`): The unique identifier of the app authenticator
        created_date (`createdDate`): Timestamp when the authenticator was created
        key: A human-readable string that identifies the authenticator
        last_updated (`lastUpdated`): Timestamp when the authenticator was last modified
        name: The authenticator display name
        org_id (`orgId`): The `id` of the Okta Org
        settings: WellKnownAppAuthenticatorConfigurationSettings
        supported_methods (`supportedMethods`): list[SupportedMethods]
        type_ (`type`): The type of authenticator
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appAuthenticatorEnrollEndpoint": "app_authenticator_enroll_endpoint",
        "authenticatorId": "authenticator_id",
        "createdDate": "created_date",
        "key": "key",
        "lastUpdated": "last_updated",
        "name": "name",
        "orgId": "org_id",
        "settings": "settings",
        "supportedMethods": "supported_methods",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_authenticator_enroll_endpoint": "str",
        "authenticator_id": "str",
        "created_date": "datetime",
        "key": "enum",
        "last_updated": "datetime",
        "name": "str",
        "org_id": "str",
        "settings": "model",
        "supported_methods": "list:model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_authenticator_enroll_endpoint": "appAuthenticatorEnrollEndpoint",
        "authenticator_id": "authenticatorId",
        "created_date": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("createdDate", UNSET)).__class__ is str else v
        ),
        "key": lambda d: (
            _convert.parse_enum(AuthenticatorKeyEnum, v) if (v := d.get("key", UNSET)).__class__ is str else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "org_id": "orgId",
        "settings": lambda d: (
            _well_known_app_authenticator_configuration_settings.WellKnownAppAuthenticatorConfigurationSettings.from_json(
                v
            )
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _well_known_app_authenticator_configuration_settings.WellKnownAppAuthenticatorConfigurationSettings, v
            )
        ),
        "supported_methods": lambda d: _convert.parse_model_list(
            _supported_methods.SupportedMethods.from_json, d.get("supportedMethods", UNSET)
        ),
        "type_": lambda d: (
            _convert.parse_enum(WellKnownAppAuthenticatorConfigurationType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, WellKnownAppAuthenticatorConfiguration._json_names),
    }

    app_authenticator_enroll_endpoint: str | None | Unset = UNSET
    authenticator_id: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    key: AuthenticatorKeyEnum | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    org_id: str | None | Unset = UNSET
    settings: WellKnownAppAuthenticatorConfigurationSettings | None | Unset = UNSET
    supported_methods: list[SupportedMethods] | None | Unset = UNSET
    type_: WellKnownAppAuthenticatorConfigurationType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_authenticator_enroll_endpoint is not UNSET:
            d["appAuthenticatorEnrollEndpoint"] = self.app_authenticator_enroll_endpoint
        if self.authenticator_id is not UNSET:
            d["authenticatorId"] = self.authenticator_id
        if self.created_date is not UNSET:
            d["createdDate"] = _convert.dump_datetime(self.created_date)
        if self.key is not UNSET:
            d["key"] = self.key
        if self.last_updated is not UNSET:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.org_id is not UNSET:
            d["orgId"] = self.org_id
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.supported_methods is not UNSET:
            d["supportedMethods"] = _convert.dump_model_list(self.supported_methods, omit_read_only)
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
        obj.app_authenticator_enroll_endpoint = d.pop("appAuthenticatorEnrollEndpoint", UNSET)
        obj.authenticator_id = d.pop("authenticatorId", UNSET)
        obj.created_date = _convert.parse_datetime_text(v) if (v := d.pop("createdDate", UNSET)).__class__ is str else v
        obj.key = _convert.parse_enum(AuthenticatorKeyEnum, v) if (v := d.pop("key", UNSET)).__class__ is str else v
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.org_id = d.pop("orgId", UNSET)
        obj.settings = (
            _well_known_app_authenticator_configuration_settings.WellKnownAppAuthenticatorConfigurationSettings.from_dict(
                v
            )
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _well_known_app_authenticator_configuration_settings.WellKnownAppAuthenticatorConfigurationSettings, v
            )
        )
        obj.supported_methods = _convert.parse_model_list(
            _supported_methods.SupportedMethods.from_dict, d.pop("supportedMethods", UNSET)
        )
        obj.type_ = (
            _convert.parse_enum(WellKnownAppAuthenticatorConfigurationType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
