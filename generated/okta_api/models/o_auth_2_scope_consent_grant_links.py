from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_app(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_resource_href_object.AppResourceHrefObject.from_json(v)
            if lazy
            else _app_resource_href_object.AppResourceHrefObject.from_dict(v)
        )
    return _convert.parse_model(_app_resource_href_object.AppResourceHrefObject, v)


def _parse_client(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_resource_href_object.AppResourceHrefObject.from_json(v)
            if lazy
            else _app_resource_href_object.AppResourceHrefObject.from_dict(v)
        )
    return _convert.parse_model(_app_resource_href_object.AppResourceHrefObject, v)


def _parse_scope(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _scope_resource_href_object.ScopeResourceHrefObject.from_json(v)
            if lazy
            else _scope_resource_href_object.ScopeResourceHrefObject.from_dict(v)
        )
    return _convert.parse_model(_scope_resource_href_object.ScopeResourceHrefObject, v)


def _parse_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_resource_href_object.UserResourceHrefObject.from_json(v)
            if lazy
            else _user_resource_href_object.UserResourceHrefObject.from_dict(v)
        )
    return _convert.parse_model(_user_resource_href_object.UserResourceHrefObject, v)


def _parse_authorization_server(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authorization_server_resource_href_object.AuthorizationServerResourceHrefObject.from_json(v)
            if lazy
            else _authorization_server_resource_href_object.AuthorizationServerResourceHrefObject.from_dict(v)
        )
    return _convert.parse_model(_authorization_server_resource_href_object.AuthorizationServerResourceHrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "self_": ("self", _parse_self_),
        "app": ("app", _parse_app),
        "client": ("client", _parse_client),
        "scope": ("scope", _parse_scope),
        "user": ("user", _parse_user),
        "authorization_server": ("authorizationServer", _parse_authorization_server),
    }

    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    app: AppResourceHrefObject | None = _attrs_field(init=False)
    client: AppResourceHrefObject | None = _attrs_field(init=False)
    scope: ScopeResourceHrefObject | None = _attrs_field(init=False)
    user: UserResourceHrefObject | None = _attrs_field(init=False)
    authorization_server: AuthorizationServerResourceHrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        app: AppResourceHrefObject | None | Unset = UNSET,
        client: AppResourceHrefObject | None | Unset = UNSET,
        scope: ScopeResourceHrefObject | None | Unset = UNSET,
        user: UserResourceHrefObject | None | Unset = UNSET,
        authorization_server: AuthorizationServerResourceHrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if app is not UNSET:
            _set_field(self, "app", app)
        if client is not UNSET:
            _set_field(self, "client", client)
        if scope is not UNSET:
            _set_field(self, "scope", scope)
        if user is not UNSET:
            _set_field(self, "user", user)
        if authorization_server is not UNSET:
            _set_field(self, "authorization_server", authorization_server)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("app", UNSET)) is not UNSET:
            d["app"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("client", UNSET)) is not UNSET:
            d["client"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scope", UNSET)) is not UNSET:
            d["scope"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user", UNSET)) is not UNSET:
            d["user"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("authorization_server", UNSET)) is not UNSET:
            d["authorizationServer"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("app", UNSET)) is not UNSET:
            obj.app = _parse_app(v, False)
        if (v := d.pop("client", UNSET)) is not UNSET:
            obj.client = _parse_client(v, False)
        if (v := d.pop("scope", UNSET)) is not UNSET:
            obj.scope = _parse_scope(v, False)
        if (v := d.pop("user", UNSET)) is not UNSET:
            obj.user = _parse_user(v, False)
        if (v := d.pop("authorizationServer", UNSET)) is not UNSET:
            obj.authorization_server = _parse_authorization_server(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
