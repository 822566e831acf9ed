from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_resource_href_object as _app_resource_href_object
from . import authorization_server_resource_href_object as _authorization_server_resource_href_object
from . import href_object_self_link as _href_object_self_link
from . import scope_resource_href_object as _scope_resource_href_object
from . import user_resource_href_object as _user_resource_href_object

if TYPE_CHECKING:
    from typing import Self

    from .app_resource_href_object import AppResourceHrefObject
    from .authorization_server_resource_href_object import AuthorizationServerResourceHrefObject
    from .href_object_self_link import HrefObjectSelfLink
    from .scope_resource_href_object import ScopeResourceHrefObject
    from .user_resource_href_object import UserResourceHrefObject


@_attrs_define(kw_only=True)
class OAuth2ScopeConsentGrantLinks(OktaModel):
    """An Okta `OAuth2ScopeConsentGrantLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        app: AppResourceHrefObject
        client: AppResourceHrefObject
        scope: ScopeResourceHrefObject
        user: UserResourceHrefObject
        authorization_server (`authorizationServer`): AuthorizationServerResourceHrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "app": "app",
        "client": "client",
        "scope": "scope",
        "user": "user",
        "authorizationServer": "authorization_server",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "app": "model",
        "client": "model",
        "scope": "model",
        "user": "model",
        "authorization_server": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "app": lambda d: (
            _app_resource_href_object.AppResourceHrefObject.from_json(v)
            if (v := d.get("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_resource_href_object.AppResourceHrefObject, v)
        ),
        "client": lambda d: (
            _app_resource_href_object.AppResourceHrefObject.from_json(v)
            if (v := d.get("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_resource_href_object.AppResourceHrefObject, v)
        ),
        "scope": lambda d: (
            _scope_resource_href_object.ScopeResourceHrefObject.from_json(v)
            if (v := d.get("scope", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scope_resource_href_object.ScopeResourceHrefObject, v)
        ),
        "user": lambda d: (
            _user_resource_href_object.UserResourceHrefObject.from_json(v)
            if (v := d.get("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_resource_href_object.UserResourceHrefObject, v)
        ),
        "authorization_server": lambda d: (
            _authorization_server_resource_href_object.AuthorizationServerResourceHrefObject.from_json(v)
            if (v := d.get("authorizationServer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authorization_server_resource_href_object.AuthorizationServerResourceHrefObject, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ScopeConsentGrantLinks._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    app: AppResourceHrefObject | None | Unset = UNSET
    client: AppResourceHrefObject | None | Unset = UNSET
    scope: ScopeResourceHrefObject | None | Unset = UNSET
    user: UserResourceHrefObject | None | Unset = UNSET
    authorization_server: AuthorizationServerResourceHrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.app is not UNSET:
            d["app"] = _convert.dump_model(self.app, omit_read_only)
        if self.client is not UNSET:
            d["client"] = _convert.dump_model(self.client, omit_read_only)
        if self.scope is not UNSET:
            d["scope"] = _convert.dump_model(self.scope, omit_read_only)
        if self.user is not UNSET:
            d["user"] = _convert.dump_model(self.user, omit_read_only)
        if self.authorization_server is not UNSET:
            d["authorizationServer"] = _convert.dump_model(self.authorization_server, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.self_ = (
            _href_object_self_link.HrefObjectSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        )
        obj.app = (
            _app_resource_href_object.AppResourceHrefObject.from_dict(v)
            if (v := d.pop("app", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_resource_href_object.AppResourceHrefObject, v)
        )
        obj.client = (
            _app_resource_href_object.AppResourceHrefObject.from_dict(v)
            if (v := d.pop("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_resource_href_object.AppResourceHrefObject, v)
        )
        obj.scope = (
            _scope_resource_href_object.ScopeResourceHrefObject.from_dict(v)
            if (v := d.pop("scope", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scope_resource_href_object.ScopeResourceHrefObject, v)
        )
        obj.user = (
            _user_resource_href_object.UserResourceHrefObject.from_dict(v)
            if (v := d.pop("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_resource_href_object.UserResourceHrefObject, v)
        )
        obj.authorization_server = (
            _authorization_server_resource_href_object.AuthorizationServerResourceHrefObject.from_dict(v)
            if (v := d.pop("authorizationServer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authorization_server_resource_href_object.AuthorizationServerResourceHrefObject, v
            )
        )
        obj.additional_properties = d
        return obj
