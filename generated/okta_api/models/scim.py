from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import entitlement_types_item as _entitlement_types_item
from . import scim_scim_server_config as _scim_scim_server_config

if TYPE_CHECKING:
    from typing import Self

    from .entitlement_types_item import EntitlementTypesItem
    from .scim_scim_server_config import ScimScimServerConfig


def _parse_scim_server_config(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _scim_scim_server_config.ScimScimServerConfig.from_json(v)
            if lazy
            else _scim_scim_server_config.ScimScimServerConfig.from_dict(v)
        )
    return _convert.parse_model(_scim_scim_server_config.ScimScimServerConfig, v)


def _parse_entitlement_types(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _entitlement_types_item.EntitlementTypesItem.from_json
        if lazy
        else _entitlement_types_item.EntitlementTypesItem.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "auth_mode": ("authMode", None),
        "base_uri": ("baseUri", None),
        "scim_server_config": ("scimServerConfig", _parse_scim_server_config),
        "setup_instructions_uri": ("setupInstructionsUri", None),
        "entitlement_types": ("entitlementTypes", _parse_entitlement_types),
    }

    auth_mode: str | None = _attrs_field(init=False)
    base_uri: str | None = _attrs_field(init=False)
    scim_server_config: ScimScimServerConfig | None = _attrs_field(init=False)
    setup_instructions_uri: str | None = _attrs_field(init=False)
    entitlement_types: list[EntitlementTypesItem] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        auth_mode: str | None | Unset,
        base_uri: str | None | Unset,
        scim_server_config: ScimScimServerConfig | None | Unset,
        setup_instructions_uri: str | None | Unset,
        entitlement_types: list[EntitlementTypesItem] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if auth_mode is not UNSET:
            _set_field(self, "auth_mode", auth_mode)
        if base_uri is not UNSET:
            _set_field(self, "base_uri", base_uri)
        if scim_server_config is not UNSET:
            _set_field(self, "scim_server_config", scim_server_config)
        if setup_instructions_uri is not UNSET:
            _set_field(self, "setup_instructions_uri", setup_instructions_uri)
        if entitlement_types is not UNSET:
            _set_field(self, "entitlement_types", entitlement_types)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("auth_mode", UNSET)) is not UNSET:
            d["authMode"] = v
        if (v := values.get("base_uri", UNSET)) is not UNSET:
            d["baseUri"] = v
        if (v := values.get("scim_server_config", UNSET)) is not UNSET:
            d["scimServerConfig"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("setup_instructions_uri", UNSET)) is not UNSET:
            d["setupInstructionsUri"] = v
        if (v := values.get("entitlement_types", UNSET)) is not UNSET:
            d["entitlementTypes"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authMode", UNSET)) is not UNSET:
            obj.auth_mode = v
        if (v := d.pop("baseUri", UNSET)) is not UNSET:
            obj.base_uri = v
        if (v := d.pop("scimServerConfig", UNSET)) is not UNSET:
            obj.scim_server_config = _parse_scim_server_config(v, False)
        if (v := d.pop("setupInstructionsUri", UNSET)) is not UNSET:
            obj.setup_instructions_uri = v
        if (v := d.pop("entitlementTypes", UNSET)) is not UNSET:
            obj.entitlement_types = _parse_entitlement_types(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
