from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_account_container_link as _app_account_container_link
from .app_instance_container_status import AppInstanceContainerStatus

if TYPE_CHECKING:
    from typing import Self

    from .app_account_container_link import AppAccountContainerLink


@_attrs_define(kw_only=True)
class AppAccountContainerDetails(OktaModel):
    """Container details for resource type APP_ACCOUNT

    Attributes:
        container_id (`containerId`): The app ID associated with the privileged resource
        app_name (`appName`, read-only, never sent): The application name
        display_name (`displayName`, read-only, never sent): Human-readable name of the container that owns the privileged resource
        global_app_id (`globalAppId`, read-only, never sent): The application global ID
        password_push_supported (`passwordPushSupported`, read-only, never sent): Indicates if the application supports password push
        provisioning_enabled (`provisioningEnabled`, read-only, never sent): Indicates if provisioning is enabled for this application
        status (read-only, never sent): Current status of the application instance
        field_links (`_links`, read-only, never sent): AppAccountContainerLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "containerId": "container_id",
        "appName": "app_name",
        "displayName": "display_name",
        "globalAppId": "global_app_id",
        "passwordPushSupported": "password_push_supported",
        "provisioningEnabled": "provisioning_enabled",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "container_id": "str",
        "app_name": "str",
        "display_name": "str",
        "global_app_id": "str",
        "password_push_supported": "bool",
        "provisioning_enabled": "bool",
        "status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "container_id": "containerId",
        "app_name": "appName",
        "display_name": "displayName",
        "global_app_id": "globalAppId",
        "password_push_supported": "passwordPushSupported",
        "provisioning_enabled": "provisioningEnabled",
        "status": lambda d: (
            _convert.parse_enum(AppInstanceContainerStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _app_account_container_link.AppAccountContainerLink.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_account_container_link.AppAccountContainerLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AppAccountContainerDetails._json_names),
    }

    container_id: str | None | Unset
    app_name: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    global_app_id: str | None | Unset = UNSET
    password_push_supported: bool | None | Unset = UNSET
    provisioning_enabled: bool | None | Unset = UNSET
    status: AppInstanceContainerStatus | None | Unset = UNSET
    field_links: AppAccountContainerLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.container_id is not UNSET:
            d["containerId"] = self.container_id
        if self.app_name is not UNSET and not omit_read_only:
            d["appName"] = self.app_name
        if self.display_name is not UNSET and not omit_read_only:
            d["displayName"] = self.display_name
        if self.global_app_id is not UNSET and not omit_read_only:
            d["globalAppId"] = self.global_app_id
        if self.password_push_supported is not UNSET and not omit_read_only:
            d["passwordPushSupported"] = self.password_push_supported
        if self.provisioning_enabled is not UNSET and not omit_read_only:
            d["provisioningEnabled"] = self.provisioning_enabled
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.container_id = d.pop("containerId", UNSET)
        obj.app_name = d.pop("appName", UNSET)
        obj.display_name = d.pop("displayName", UNSET)
        obj.global_app_id = d.pop("globalAppId", UNSET)
        obj.password_push_supported = d.pop("passwordPushSupported", UNSET)
        obj.provisioning_enabled = d.pop("provisioningEnabled", UNSET)
        obj.status = (
            _convert.parse_enum(AppInstanceContainerStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _app_account_container_link.AppAccountContainerLink.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_account_container_link.AppAccountContainerLink, v)
        )
        obj.additional_properties = d
        return obj
