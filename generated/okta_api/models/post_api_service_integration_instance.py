from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import api_service_integration_links as _api_service_integration_links
from . import app_properties as _app_properties
from .api_service_integration_instance import APIServiceIntegrationInstance

if TYPE_CHECKING:
    from typing import Self

    from .api_service_integration_links import APIServiceIntegrationLinks
    from .app_properties import AppProperties


@_attrs_define(kw_only=True)
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
        "config_guide_url": "configGuideUrl",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "granted_scopes": "grantedScopes",
        "id": "id",
        "name": "name",
        "properties": lambda d: (
            _app_properties.AppProperties.from_json(v)
            if (v := d.get("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_properties.AppProperties, v)
        ),
        "type_": "type",
        "field_links": lambda d: (
            _api_service_integration_links.APIServiceIntegrationLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_api_service_integration_links.APIServiceIntegrationLinks, v)
        ),
        "client_secret": "clientSecret",
        "additional_properties": lambda d: _convert.undeclared(d, PostAPIServiceIntegrationInstance._json_names),
    }

    config_guide_url: str | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    created_by: str | None | Unset = UNSET
    granted_scopes: list[str] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    properties: AppProperties | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    field_links: APIServiceIntegrationLinks | None | Unset = UNSET
    client_secret: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.config_guide_url is not UNSET and not omit_read_only:
            d["configGuideUrl"] = self.config_guide_url
        if self.created_at is not UNSET and not omit_read_only:
            d["createdAt"] = self.created_at
        if self.created_by is not UNSET and not omit_read_only:
            d["createdBy"] = self.created_by
        if self.granted_scopes is not UNSET:
            d["grantedScopes"] = self.granted_scopes
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
        if self.properties is not UNSET:
            d["properties"] = _convert.dump_model(self.properties, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.client_secret is not UNSET and not omit_read_only:
            d["clientSecret"] = self.client_secret
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.config_guide_url = d.pop("configGuideUrl", UNSET)
        obj.created_at = d.pop("createdAt", UNSET)
        obj.created_by = d.pop("createdBy", UNSET)
        obj.granted_scopes = d.pop("grantedScopes", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.properties = (
            _app_properties.AppProperties.from_dict(v)
            if (v := d.pop("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_properties.AppProperties, v)
        )
        obj.type_ = d.pop("type", UNSET)
        obj.field_links = (
            _api_service_integration_links.APIServiceIntegrationLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_api_service_integration_links.APIServiceIntegrationLinks, v)
        )
        obj.client_secret = d.pop("clientSecret", UNSET)
        obj.additional_properties = d
        return obj
