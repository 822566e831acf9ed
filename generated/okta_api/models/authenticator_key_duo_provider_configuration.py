from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    authenticator_key_duo_provider_configuration_user_name_template as _authenticator_key_duo_provider_configuration_user_name_template,
)

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_key_duo_provider_configuration_user_name_template import (
        AuthenticatorKeyDuoProviderConfigurationUserNameTemplate,
    )


def _parse_user_name_template(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_key_duo_provider_configuration_user_name_template.AuthenticatorKeyDuoProviderConfigurationUserNameTemplate.from_json(
                v
            )
            if lazy
            else _authenticator_key_duo_provider_configuration_user_name_template.AuthenticatorKeyDuoProviderConfigurationUserNameTemplate.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _authenticator_key_duo_provider_configuration_user_name_template.AuthenticatorKeyDuoProviderConfigurationUserNameTemplate,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "host": ("host", None),
        "integration_key": ("integrationKey", None),
        "secret_key": ("secretKey", None),
        "user_name_template": ("userNameTemplate", _parse_user_name_template),
    }

    host: str | None = _attrs_field(init=False)
    integration_key: str | None = _attrs_field(init=False)
    secret_key: str | None = _attrs_field(init=False)
    user_name_template: AuthenticatorKeyDuoProviderConfigurationUserNameTemplate | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        host: str | None | Unset = UNSET,
        integration_key: str | None | Unset = UNSET,
        secret_key: str | None | Unset = UNSET,
        user_name_template: AuthenticatorKeyDuoProviderConfigurationUserNameTemplate | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if host is not UNSET:
            _set_field(self, "host", host)
        if integration_key is not UNSET:
            _set_field(self, "integration_key", integration_key)
        if secret_key is not UNSET:
            _set_field(self, "secret_key", secret_key)
        if user_name_template is not UNSET:
            _set_field(self, "user_name_template", user_name_template)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("host", UNSET)) is not UNSET:
            d["host"] = v
        if (v := values.get("integration_key", UNSET)) is not UNSET:
            d["integrationKey"] = v
        if (v := values.get("secret_key", UNSET)) is not UNSET:
            d["secretKey"] = v
        if (v := values.get("user_name_template", UNSET)) is not UNSET:
            d["userNameTemplate"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("host", UNSET)) is not UNSET:
            obj.host = v
        if (v := d.pop("integrationKey", UNSET)) is not UNSET:
            obj.integration_key = v
        if (v := d.pop("secretKey", UNSET)) is not UNSET:
            obj.secret_key = v
        if (v := d.pop("userNameTemplate", UNSET)) is not UNSET:
            obj.user_name_template = _parse_user_name_template(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
