from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import entitlement_types_item as _entitlement_types_item
from . import scim_scim_server_config as _scim_scim_server_config

if TYPE_CHECKING:
    from typing import Self

    from .entitlement_types_item import EntitlementTypesItem
    from .scim_scim_server_config import ScimScimServerConfig


@_attrs_define(kw_only=True)
class Scim(OktaModel):
    """SCIM configuration details

    Attributes:
        auth_mode (`authMode`): The authentication mode for requests to your SCIM server

            | authMode | Description |
            | -------- | ----------- |
            | `header` | Uses authorization header with a customer-provided token value in the
            following format: `Authorization: {API token}` |
            | `bearer` | Uses authorization header with a customer-provided bearer token in the
            following format: `Authorization: Bearer {API token}` |
            | {authModeId} | The ID of the auth mode object that contains OAuth 2.0 credentials. <br>
            **Note:** Use the `/integrations/api/v1/internal/authModes` endpoint to create the auth
            mode object. |
        base_uri (`baseUri`): The base URL that Okta uses to send outbound calls to your SCIM server.
            Only the HTTPS protocol is supported.
            You can use the app-level variables defined in the `config` array for the base URL.
            For example, if you have a `subdomain` variable defined in the `config` array and the URL
            to retrieve SCIM users for your integration is
            `https://${subdomain}.example.com/scim/v2/Users`,
            then specify the following base URL: `'https://' + app.subdomain +
            '.example.com/scim/v2'`.
        scim_server_config (`scimServerConfig`): SCIM server schema configuration
        setup_instructions_uri (`setupInstructionsUri`): The URL to your customer-facing instructions for configuring your SCIM integration. See
            [Customer configuration document
            guidelines](https://developer.okta.com/docs/guides/submit-app-prereq/main/#customer-configuration-document-guidelines).
        entitlement_types (`entitlementTypes`): List of supported entitlement types
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authMode": "auth_mode",
        "baseUri": "base_uri",
        "scimServerConfig": "scim_server_config",
        "setupInstructionsUri": "setup_instructions_uri",
        "entitlementTypes": "entitlement_types",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_mode": "str",
        "base_uri": "str",
        "scim_server_config": "model",
        "setup_instructions_uri": "str",
        "entitlement_types": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_mode": "authMode",
        "base_uri": "baseUri",
        "scim_server_config": lambda d: (
            _scim_scim_server_config.ScimScimServerConfig.from_json(v)
            if (v := d.get("scimServerConfig", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scim_scim_server_config.ScimScimServerConfig, v)
        ),
        "setup_instructions_uri": "setupInstructionsUri",
        "entitlement_types": lambda d: _convert.parse_model_list(
            _entitlement_types_item.EntitlementTypesItem.from_json, d.get("entitlementTypes", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Scim._json_names),
    }

    auth_mode: str | None | Unset
    base_uri: str | None | Unset
    scim_server_config: ScimScimServerConfig | None | Unset
    setup_instructions_uri: str | None | Unset
    entitlement_types: list[EntitlementTypesItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_mode is not UNSET:
            d["authMode"] = self.auth_mode
        if self.base_uri is not UNSET:
            d["baseUri"] = self.base_uri
        if self.scim_server_config is not UNSET:
            d["scimServerConfig"] = _convert.dump_model(self.scim_server_config, omit_read_only)
        if self.setup_instructions_uri is not UNSET:
            d["setupInstructionsUri"] = self.setup_instructions_uri
        if self.entitlement_types is not UNSET:
            d["entitlementTypes"] = _convert.dump_model_list(self.entitlement_types, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auth_mode = d.pop("authMode", UNSET)
        obj.base_uri = d.pop("baseUri", UNSET)
        obj.scim_server_config = (
            _scim_scim_server_config.ScimScimServerConfig.from_dict(v)
            if (v := d.pop("scimServerConfig", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scim_scim_server_config.ScimScimServerConfig, v)
        )
        obj.setup_instructions_uri = d.pop("setupInstructionsUri", UNSET)
        obj.entitlement_types = _convert.parse_model_list(
            _entitlement_types_item.EntitlementTypesItem.from_dict, d.pop("entitlementTypes", UNSET)
        )
        obj.additional_properties = d
        return obj
