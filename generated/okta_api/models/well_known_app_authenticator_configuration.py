from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_key = _convert.enum_parser(AuthenticatorKeyEnum)


def _parse_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _well_known_app_authenticator_configuration_settings.WellKnownAppAuthenticatorConfigurationSettings.from_json(
                v
            )
            if lazy
            else _well_known_app_authenticator_configuration_settings.WellKnownAppAuthenticatorConfigurationSettings.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _well_known_app_authenticator_configuration_settings.WellKnownAppAuthenticatorConfigurationSettings, v
    )


def _parse_supported_methods(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _supported_methods.SupportedMethods.from_json if lazy else _supported_methods.SupportedMethods.from_dict, v
    )


_parse_type_ = _convert.enum_parser(WellKnownAppAuthenticatorConfigurationType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "app_authenticator_enroll_endpoint": ("appAuthenticatorEnrollEndpoint", None),
        "authenticator_id": ("authenticatorId", None),
        "created_date": ("createdDate", _convert.parse_datetime),
        "key": ("key", _parse_key),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "org_id": ("orgId", None),
        "settings": ("settings", _parse_settings),
        "supported_methods": ("supportedMethods", _parse_supported_methods),
        "type_": ("type", _parse_type_),
    }

    app_authenticator_enroll_endpoint: str | None = _attrs_field(init=False)
    authenticator_id: str | None = _attrs_field(init=False)
    created_date: datetime.datetime | None = _attrs_field(init=False)
    key: AuthenticatorKeyEnum | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    org_id: str | None = _attrs_field(init=False)
    settings: WellKnownAppAuthenticatorConfigurationSettings | None = _attrs_field(init=False)
    supported_methods: list[SupportedMethods] | None = _attrs_field(init=False)
    type_: WellKnownAppAuthenticatorConfigurationType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app_authenticator_enroll_endpoint: str | None | Unset = UNSET,
        authenticator_id: str | None | Unset = UNSET,
        created_date: datetime.datetime | None | Unset = UNSET,
        key: AuthenticatorKeyEnum | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        org_id: str | None | Unset = UNSET,
        settings: WellKnownAppAuthenticatorConfigurationSettings | None | Unset = UNSET,
        supported_methods: list[SupportedMethods] | None | Unset = UNSET,
        type_: WellKnownAppAuthenticatorConfigurationType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app_authenticator_enroll_endpoint is not UNSET:
            _set_field(self, "app_authenticator_enroll_endpoint", app_authenticator_enroll_endpoint)
        if authenticator_id is not UNSET:
            _set_field(self, "authenticator_id", authenticator_id)
        if created_date is not UNSET:
            _set_field(self, "created_date", created_date)
        if key is not UNSET:
            _set_field(self, "key", key)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if org_id is not UNSET:
            _set_field(self, "org_id", org_id)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        if supported_methods is not UNSET:
            _set_field(self, "supported_methods", supported_methods)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app_authenticator_enroll_endpoint", UNSET)) is not UNSET:
            d["appAuthenticatorEnrollEndpoint"] = v
        if (v := values.get("authenticator_id", UNSET)) is not UNSET:
            d["authenticatorId"] = v
        if (v := values.get("created_date", UNSET)) is not UNSET:
            d["createdDate"] = _convert.dump_datetime(v)
        if (v := values.get("key", UNSET)) is not UNSET:
            d["key"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("org_id", UNSET)) is not UNSET:
            d["orgId"] = v
        if (v := values.get("settings", UNSET)) is not UNSET:
            d["settings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("supported_methods", UNSET)) is not UNSET:
            d["supportedMethods"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("appAuthenticatorEnrollEndpoint", UNSET)) is not UNSET:
            obj.app_authenticator_enroll_endpoint = v
        if (v := d.pop("authenticatorId", UNSET)) is not UNSET:
            obj.authenticator_id = v
        if (v := d.pop("createdDate", UNSET)) is not UNSET:
            obj.created_date = _convert.parse_datetime(v, False)
        if (v := d.pop("key", UNSET)) is not UNSET:
            obj.key = _parse_key(v, False)
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("orgId", UNSET)) is not UNSET:
            obj.org_id = v
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = _parse_settings(v, False)
        if (v := d.pop("supportedMethods", UNSET)) is not UNSET:
            obj.supported_methods = _parse_supported_methods(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
