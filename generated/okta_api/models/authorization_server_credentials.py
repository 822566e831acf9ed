from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authorization_server_credentials_signing_config as _authorization_server_credentials_signing_config

if TYPE_CHECKING:
    from typing import Self

    from .authorization_server_credentials_signing_config import AuthorizationServerCredentialsSigningConfig


@_attrs_define(kw_only=True)
class AuthorizationServerCredentials(OktaModel):
    """An Okta `AuthorizationServerCredentials`.

    Attributes:
        signing: AuthorizationServerCredentialsSigningConfig
    """

    _json_names: ClassVar[dict[str, str]] = {
        "signing": "signing",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "signing": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "signing": lambda d: (
            _authorization_server_credentials_signing_config.AuthorizationServerCredentialsSigningConfig.from_json(v)
            if (v := d.get("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authorization_server_credentials_signing_config.AuthorizationServerCredentialsSigningConfig, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthorizationServerCredentials._json_names),
    }

    signing: AuthorizationServerCredentialsSigningConfig | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.signing is not UNSET:
            d["signing"] = _convert.dump_model(self.signing, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.signing = (
            _authorization_server_credentials_signing_config.AuthorizationServerCredentialsSigningConfig.from_dict(v)
            if (v := d.pop("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authorization_server_credentials_signing_config.AuthorizationServerCredentialsSigningConfig, v
            )
        )
        obj.additional_properties = d
        return obj
