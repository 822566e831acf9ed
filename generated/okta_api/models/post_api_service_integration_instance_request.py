from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_properties as _app_properties

if TYPE_CHECKING:
    from typing import Self

    from .app_properties import AppProperties


@_attrs_define(kw_only=True)
class PostAPIServiceIntegrationInstanceRequest(OktaModel):
    """An Okta `PostAPIServiceIntegrationInstanceRequest`.

    Attributes:
        granted_scopes (`grantedScopes`): The list of Okta management scopes granted to the API Service Integration instance. See
            [Okta management OAuth 2.0
            scopes](https://developer.okta.com/docs/api/oauth2/#okta-admin-management).
        type_ (`type`): The type of the API service integration. This string is an underscore-concatenated,
            lowercased API service integration name. For example, `my_api_log_integration`.
        properties: App instance properties
    """

    _json_names: ClassVar[dict[str, str]] = {
        "grantedScopes": "granted_scopes",
        "type": "type_",
        "properties": "properties",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "granted_scopes": "list:str",
        "type_": "str",
        "properties": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "granted_scopes": "grantedScopes",
        "type_": "type",
        "properties": lambda d: (
            _app_properties.AppProperties.from_json(v)
            if (v := d.get("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_properties.AppProperties, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PostAPIServiceIntegrationInstanceRequest._json_names),
    }

    granted_scopes: list[str] | None | Unset
    type_: str | None | Unset
    properties: AppProperties | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.granted_scopes is not UNSET:
            d["grantedScopes"] = self.granted_scopes
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.properties is not UNSET:
            d["properties"] = _convert.dump_model(self.properties, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.granted_scopes = d.pop("grantedScopes", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.properties = (
            _app_properties.AppProperties.from_dict(v)
            if (v := d.pop("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_properties.AppProperties, v)
        )
        obj.additional_properties = d
        return obj
