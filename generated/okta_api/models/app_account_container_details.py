from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import app_account_container_link as _app_account_container_link
from .app_instance_container_status import AppInstanceContainerStatus

if TYPE_CHECKING:
    from typing import Self

    from .app_account_container_link import AppAccountContainerLink


_parse_status = _convert.enum_parser(AppInstanceContainerStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_account_container_link.AppAccountContainerLink.from_json(v)
            if lazy
            else _app_account_container_link.AppAccountContainerLink.from_dict(v)
        )
    return _convert.parse_model(_app_account_container_link.AppAccountContainerLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "container_id": ("containerId", None),
        "app_name": ("appName", None),
        "display_name": ("displayName", None),
        "global_app_id": ("globalAppId", None),
        "password_push_supported": ("passwordPushSupported", None),
        "provisioning_enabled": ("provisioningEnabled", None),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
    }

    container_id: str | None = _attrs_field(init=False)
    app_name: str | None = _attrs_field(init=False)
    display_name: str | None = _attrs_field(init=False)
    global_app_id: str | None = _attrs_field(init=False)
    password_push_supported: bool | None = _attrs_field(init=False)
    provisioning_enabled: bool | None = _attrs_field(init=False)
    status: AppInstanceContainerStatus | None = _attrs_field(init=False)
    field_links: AppAccountContainerLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        container_id: str | None | Unset,
        app_name: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        global_app_id: str | None | Unset = UNSET,
        password_push_supported: bool | None | Unset = UNSET,
        provisioning_enabled: bool | None | Unset = UNSET,
        status: AppInstanceContainerStatus | None | Unset = UNSET,
        field_links: AppAccountContainerLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if container_id is not UNSET:
            _set_field(self, "container_id", container_id)
        if app_name is not UNSET:
            _set_field(self, "app_name", app_name)
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if global_app_id is not UNSET:
            _set_field(self, "global_app_id", global_app_id)
        if password_push_supported is not UNSET:
            _set_field(self, "password_push_supported", password_push_supported)
        if provisioning_enabled is not UNSET:
            _set_field(self, "provisioning_enabled", provisioning_enabled)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("container_id", UNSET)) is not UNSET:
            d["containerId"] = v
        if (v := values.get("app_name", UNSET)) is not UNSET and not omit_read_only:
            d["appName"] = v
        if (v := values.get("display_name", UNSET)) is not UNSET and not omit_read_only:
            d["displayName"] = v
        if (v := values.get("global_app_id", UNSET)) is not UNSET and not omit_read_only:
            d["globalAppId"] = v
        if (v := values.get("password_push_supported", UNSET)) is not UNSET and not omit_read_only:
            d["passwordPushSupported"] = v
        if (v := values.get("provisioning_enabled", UNSET)) is not UNSET and not omit_read_only:
            d["provisioningEnabled"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("containerId", UNSET)) is not UNSET:
            obj.container_id = v
        if (v := d.pop("appName", UNSET)) is not UNSET:
            obj.app_name = v
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("globalAppId", UNSET)) is not UNSET:
            obj.global_app_id = v
        if (v := d.pop("passwordPushSupported", UNSET)) is not UNSET:
            obj.password_push_supported = v
        if (v := d.pop("provisioningEnabled", UNSET)) is not UNSET:
            obj.provisioning_enabled = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
