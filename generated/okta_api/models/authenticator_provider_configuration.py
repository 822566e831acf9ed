from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    authenticator_provider_configuration_user_name_plate as _authenticator_provider_configuration_user_name_plate,
)

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_provider_configuration_user_name_plate import AuthenticatorProviderConfigurationUserNamePlate


@_attrs_define(kw_only=True)
class AuthenticatorProviderConfiguration(OktaModel):
    """An Okta `AuthenticatorProviderConfiguration`.

    Attributes:
        auth_port (`authPort`): int
        host: str
        host_name (`hostName`): str
        instance_id (`instanceId`): str
        integration_key (`integrationKey`): str
        secret_key (`secretKey`): str
        shared_secret (`sharedSecret`): str
        user_name_template (`userNameTemplate`): AuthenticatorProviderConfigurationUserNamePlate
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authPort": "auth_port",
        "host": "host",
        "hostName": "host_name",
        "instanceId": "instance_id",
        "integrationKey": "integration_key",
        "secretKey": "secret_key",
        "sharedSecret": "shared_secret",
        "userNameTemplate": "user_name_template",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_port": "int",
        "host": "str",
        "host_name": "str",
        "instance_id": "str",
        "integration_key": "str",
        "secret_key": "str",
        "shared_secret": "str",
        "user_name_template": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_port": "authPort",
        "host": "host",
        "host_name": "hostName",
        "instance_id": "instanceId",
        "integration_key": "integrationKey",
        "secret_key": "secretKey",
        "shared_secret": "sharedSecret",
        "user_name_template": lambda d: (
            _authenticator_provider_configuration_user_name_plate.AuthenticatorProviderConfigurationUserNamePlate.from_json(
                v
            )
            if (v := d.get("userNameTemplate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_provider_configuration_user_name_plate.AuthenticatorProviderConfigurationUserNamePlate, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorProviderConfiguration._json_names),
    }

    auth_port: int | None | Unset = UNSET
    host: str | None | Unset = UNSET
    host_name: str | None | Unset = UNSET
    instance_id: str | None | Unset = UNSET
    integration_key: str | None | Unset = UNSET
    secret_key: str | None | Unset = UNSET
    shared_secret: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    user_name_template: AuthenticatorProviderConfigurationUserNamePlate | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_port is not UNSET:
            d["authPort"] = self.auth_port
        if self.host is not UNSET:
            d["host"] = self.host
        if self.host_name is not UNSET:
            d["hostName"] = self.host_name
        if self.instance_id is not UNSET:
            d["instanceId"] = self.instance_id
        if self.integration_key is not UNSET:
            d["integrationKey"] = self.integration_key
        if self.secret_key is not UNSET:
            d["secretKey"] = self.secret_key
        if self.shared_secret is not UNSET:
            d["sharedSecret"] = self.shared_secret
        if self.user_name_template is not UNSET:
            d["userNameTemplate"] = _convert.dump_model(self.user_name_template, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auth_port = d.pop("authPort", UNSET)
        obj.host = d.pop("host", UNSET)
        obj.host_name = d.pop("hostName", UNSET)
        obj.instance_id = d.pop("instanceId", UNSET)
        obj.integration_key = d.pop("integrationKey", UNSET)
        obj.secret_key = d.pop("secretKey", UNSET)
        obj.shared_secret = d.pop("sharedSecret", UNSET)
        obj.user_name_template = (
            _authenticator_provider_configuration_user_name_plate.AuthenticatorProviderConfigurationUserNamePlate.from_dict(
                v
            )
            if (v := d.pop("userNameTemplate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_provider_configuration_user_name_plate.AuthenticatorProviderConfigurationUserNamePlate, v
            )
        )
        obj.additional_properties = d
        return obj
