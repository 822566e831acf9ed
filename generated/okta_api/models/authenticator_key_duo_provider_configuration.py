from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    authenticator_key_duo_provider_configuration_user_name_template as _authenticator_key_duo_provider_configuration_user_name_template,
)

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_key_duo_provider_configuration_user_name_template import (
        AuthenticatorKeyDuoProviderConfigurationUserNameTemplate,
    )


@_attrs_define(kw_only=True)
class AuthenticatorKeyDuoProviderConfiguration(OktaModel):
    """An Okta `AuthenticatorKeyDuoProviderConfiguration`.

    Attributes:
        host: The Duo Security API hostname
        integration_key (`integrationKey`): The Duo Security integration key
        secret_key (`secretKey`): The Duo Security secret key
        user_name_template (`userNameTemplate`): AuthenticatorKeyDuoProviderConfigurationUserNameTemplate
    """

    _json_names: ClassVar[dict[str, str]] = {
        "host": "host",
        "integrationKey": "integration_key",
        "secretKey": "secret_key",
        "userNameTemplate": "user_name_template",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "host": "str",
        "integration_key": "str",
        "secret_key": "str",
        "user_name_template": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "host": "host",
        "integration_key": "integrationKey",
        "secret_key": "secretKey",
        "user_name_template": lambda d: (
            _authenticator_key_duo_provider_configuration_user_name_template.AuthenticatorKeyDuoProviderConfigurationUserNameTemplate.from_json(
                v
            )
            if (v := d.get("userNameTemplate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_key_duo_provider_configuration_user_name_template.AuthenticatorKeyDuoProviderConfigurationUserNameTemplate,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorKeyDuoProviderConfiguration._json_names),
    }

    host: str | None | Unset = UNSET
    integration_key: str | None | Unset = UNSET
    secret_key: str | None | Unset = UNSET
    user_name_template: AuthenticatorKeyDuoProviderConfigurationUserNameTemplate | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.host is not UNSET:
            d["host"] = self.host
        if self.integration_key is not UNSET:
            d["integrationKey"] = self.integration_key
        if self.secret_key is not UNSET:
            d["secretKey"] = self.secret_key
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
        obj.host = d.pop("host", UNSET)
        obj.integration_key = d.pop("integrationKey", UNSET)
        obj.secret_key = d.pop("secretKey", UNSET)
        obj.user_name_template = (
            _authenticator_key_duo_provider_configuration_user_name_template.AuthenticatorKeyDuoProviderConfigurationUserNameTemplate.from_dict(
                v
            )
            if (v := d.pop("userNameTemplate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_key_duo_provider_configuration_user_name_template.AuthenticatorKeyDuoProviderConfigurationUserNameTemplate,
                v,
            )
        )
        obj.additional_properties = d
        return obj
