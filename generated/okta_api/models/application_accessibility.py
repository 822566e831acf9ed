from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "error_redirect_url": ("errorRedirectUrl", None),
        "login_redirect_url": ("loginRedirectUrl", None),
        "self_service": ("selfService", None),
    }

    error_redirect_url: str | None = _attrs_field(init=False)
    login_redirect_url: str | None = _attrs_field(init=False)
    self_service: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        error_redirect_url: str | None | Unset = UNSET,
        login_redirect_url: str | None | Unset = UNSET,
        self_service: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if error_redirect_url is not UNSET:
            _set_field(self, "error_redirect_url", error_redirect_url)
        if login_redirect_url is not UNSET:
            _set_field(self, "login_redirect_url", login_redirect_url)
        if self_service is not UNSET:
            _set_field(self, "self_service", self_service)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("error_redirect_url", UNSET)) is not UNSET:
            d["errorRedirectUrl"] = v
        if (v := values.get("login_redirect_url", UNSET)) is not UNSET:
            d["loginRedirectUrl"] = v
        if (v := values.get("self_service", UNSET)) is not UNSET:
            d["selfService"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("errorRedirectUrl", UNSET)) is not UNSET:
            obj.error_redirect_url = v
        if (v := d.pop("loginRedirectUrl", UNSET)) is not UNSET:
            obj.login_redirect_url = v
        if (v := d.pop("selfService", UNSET)) is not UNSET:
            obj.self_service = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
