from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import api_service_integration_links as _api_service_integration_links
from . import app_properties as _app_properties
from .api_service_integration_instance import APIServiceIntegrationInstance

if TYPE_CHECKING:
    from typing import Self

    from .api_service_integration_links import APIServiceIntegrationLinks
    from .app_properties import AppProperties


def _parse_properties(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _app_properties.AppProperties.from_json(v) if lazy else _app_properties.AppProperties.from_dict(v)
    return _convert.parse_model(_app_properties.AppProperties, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _api_service_integration_links.APIServiceIntegrationLinks.from_json(v)
            if lazy
            else _api_service_integration_links.APIServiceIntegrationLinks.from_dict(v)
        )
    return _convert.parse_model(_api_service_integration_links.APIServiceIntegrationLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PostAPIServiceIntegrationInstance(APIServiceIntegrationInstance):
    """An Okta `PostAPIServiceIntegrationInstance`.

    Attributes:
        config_guide_url (`configGuideUrl`, read-only, never sent): The URL to the API service integration configuration guide
        created_at (`createdAt`, read-only, never sent): Timestamp when the API Service Integration instance was created
        created_by (`createdBy`, read-only, never sent): The user ID of the API Service Integration instance creator
        granted_scopes (`grantedScopes`): The list of Okta management scopes granted to the API Service Integration instance. See
            [Okta management OAuth 2.0
            scopes](https://developer.okta.com/docs/api/oauth2/#okta-admin-management).
        id (read-only, never sent): The ID of the API Service Integration instance
        name (read-only, never sent): The name of the API service integration that corresponds with the `type` property. This is
            the full name of the API service integration listed in the Okta Integration Network (OIN)
            catalog.
        properties: App instance properties
        type_ (`type`): The type of the API service integration. This string is an underscore-concatenated,
            lowercased API service integration name. For example, `my_api_log_integration`.
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an application using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
        client_secret (`clientSecret`, read-only, never sent): The client secret for the API Service Integration instance. This property is only returned
            in a POST response.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "configGuideUrl": "config_guide_url",
        "createdAt": "created_at",
        "createdBy": "created_by",
        "grantedScopes": "granted_scopes",
        "id": "id",
        "name": "name",
        "properties": "properties",
        "type": "type_",
        "_links": "field_links",
        "clientSecret": "client_secret",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "config_guide_url": "str",
        "created_at": "str",
        "created_by": "str",
        "granted_scopes": "list:str",
        "id": "str",
        "name": "str",
        "properties": "model",
        "type_": "str",
        "field_links": "model",
        "client_secret": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "config_guide_url": ("configGuideUrl", None),
        "created_at": ("createdAt", None),
        "created_by": ("createdBy", None),
        "granted_scopes": ("grantedScopes", None),
        "id": ("id", None),
        "name": ("name", None),
        "properties": ("properties", _parse_properties),
        "type_": ("type", None),
        "field_links": ("_links", _parse_field_links),
        "client_secret": ("clientSecret", None),
    }

    config_guide_url: str | None = _attrs_field(init=False)
    created_at: str | None = _attrs_field(init=False)
    created_by: str | None = _attrs_field(init=False)
    granted_scopes: list[str] | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    properties: AppProperties | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)
    field_links: APIServiceIntegrationLinks | None = _attrs_field(init=False)
    client_secret: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        config_guide_url: str | None | Unset = UNSET,
        created_at: str | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        granted_scopes: list[str] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        properties: AppProperties | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        field_links: APIServiceIntegrationLinks | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if config_guide_url is not UNSET:
            _set_field(self, "config_guide_url", config_guide_url)
        if created_at is not UNSET:
            _set_field(self, "created_at", created_at)
        if created_by is not UNSET:
            _set_field(self, "created_by", created_by)
        if granted_scopes is not UNSET:
            _set_field(self, "granted_scopes", granted_scopes)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if properties is not UNSET:
            _set_field(self, "properties", properties)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if client_secret is not UNSET:
            _set_field(self, "client_secret", client_secret)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("config_guide_url", UNSET)) is not UNSET and not omit_read_only:
            d["configGuideUrl"] = v
        if (v := values.get("created_at", UNSET)) is not UNSET and not omit_read_only:
            d["createdAt"] = v
        if (v := values.get("created_by", UNSET)) is not UNSET and not omit_read_only:
            d["createdBy"] = v
        if (v := values.get("granted_scopes", UNSET)) is not UNSET:
            d["grantedScopes"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("properties", UNSET)) is not UNSET:
            d["properties"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("client_secret", UNSET)) is not UNSET and not omit_read_only:
            d["clientSecret"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("configGuideUrl", UNSET)) is not UNSET:
            obj.config_guide_url = v
        if (v := d.pop("createdAt", UNSET)) is not UNSET:
            obj.created_at = v
        if (v := d.pop("createdBy", UNSET)) is not UNSET:
            obj.created_by = v
        if (v := d.pop("grantedScopes", UNSET)) is not UNSET:
            obj.granted_scopes = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("properties", UNSET)) is not UNSET:
            obj.properties = _parse_properties(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("clientSecret", UNSET)) is not UNSET:
            obj.client_secret = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
