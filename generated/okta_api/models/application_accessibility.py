from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ApplicationAccessibility(OktaModel):
    """Specifies access settings for the app

    Attributes:
        error_redirect_url (`errorRedirectUrl`): Custom error page URL for the app
        login_redirect_url (`loginRedirectUrl`): Custom login page URL for the app
            > **Note:** The `loginRedirectUrl` property is deprecated in Identity Engine. This
            property is used with the custom app login feature. Orgs that actively use this feature
            can continue to do so. See [Okta-hosted sign-in (redirect
            authentication)](https://developer.okta.com/docs/guides/redirect-authentication/) or
            [configure IdP routing
            rules](https://help.okta.com/okta_help.htm?type=oie&id=ext-cfg-routing-rules) to redirect
            users to the appropriate sign-in app for orgs that don't use the custom app login feature.
        self_service (`selfService`): Represents whether the app can be self-assignable by users
    """

    _json_names: ClassVar[dict[str, str]] = {
        "errorRedirectUrl": "error_redirect_url",
        "loginRedirectUrl": "login_redirect_url",
        "selfService": "self_service",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "error_redirect_url": "str",
        "login_redirect_url": "str",
        "self_service": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "error_redirect_url": "errorRedirectUrl",
        "login_redirect_url": "loginRedirectUrl",
        "self_service": "selfService",
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationAccessibility._json_names),
    }

    error_redirect_url: str | None | Unset = UNSET
    login_redirect_url: str | None | Unset = UNSET
    self_service: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.error_redirect_url is not UNSET:
            d["errorRedirectUrl"] = self.error_redirect_url
        if self.login_redirect_url is not UNSET:
            d["loginRedirectUrl"] = self.login_redirect_url
        if self.self_service is not UNSET:
            d["selfService"] = self.self_service
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.error_redirect_url = d.pop("errorRedirectUrl", UNSET)
        obj.login_redirect_url = d.pop("loginRedirectUrl", UNSET)
        obj.self_service = d.pop("selfService", UNSET)
        obj.additional_properties = d
        return obj
