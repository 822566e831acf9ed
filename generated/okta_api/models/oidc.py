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
class Oidc(OktaModel):
    """OIDC configuration details

    Attributes:
        doc: The URL to your customer-facing instructions for configuring your OIDC integration. See
            [Customer configuration document
            guidelines](https://developer.okta.com/docs/guides/submit-app-prereq/main/#customer-configuration-document-guidelines).
        redirect_uris (`redirectUris`): List of sign-in redirect URIs
        initiate_login_uri (`initiateLoginUri`): The URL to redirect users when they click on your app from their Okta End-User Dashboard
        post_logout_uris (`postLogoutUris`): The sign-out redirect URIs for your app. You can send a request to `/v1/logout` to sign
            the user out and redirect them to one of these URIs.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "doc": "doc",
        "redirectUris": "redirect_uris",
        "initiateLoginUri": "initiate_login_uri",
        "postLogoutUris": "post_logout_uris",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "doc": "str",
        "redirect_uris": "list:str",
        "initiate_login_uri": "str",
        "post_logout_uris": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "doc": ("doc", None),
        "redirect_uris": ("redirectUris", None),
        "initiate_login_uri": ("initiateLoginUri", None),
        "post_logout_uris": ("postLogoutUris", None),
    }

    doc: str | None = _attrs_field(init=False)
    redirect_uris: list[str] | None = _attrs_field(init=False)
    initiate_login_uri: str | None = _attrs_field(init=False)
    post_logout_uris: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        doc: str | None | Unset,
        redirect_uris: list[str] | None | Unset,
        initiate_login_uri: str | None | Unset = UNSET,
        post_logout_uris: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if doc is not UNSET:
            _set_field(self, "doc", doc)
        if redirect_uris is not UNSET:
            _set_field(self, "redirect_uris", redirect_uris)
        if initiate_login_uri is not UNSET:
            _set_field(self, "initiate_login_uri", initiate_login_uri)
        if post_logout_uris is not UNSET:
            _set_field(self, "post_logout_uris", post_logout_uris)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("doc", UNSET)) is not UNSET:
            d["doc"] = v
        if (v := values.get("redirect_uris", UNSET)) is not UNSET:
            d["redirectUris"] = v
        if (v := values.get("initiate_login_uri", UNSET)) is not UNSET:
            d["initiateLoginUri"] = v
        if (v := values.get("post_logout_uris", UNSET)) is not UNSET:
            d["postLogoutUris"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("doc", UNSET)) is not UNSET:
            obj.doc = v
        if (v := d.pop("redirectUris", UNSET)) is not UNSET:
            obj.redirect_uris = v
        if (v := d.pop("initiateLoginUri", UNSET)) is not UNSET:
            obj.initiate_login_uri = v
        if (v := d.pop("postLogoutUris", UNSET)) is not UNSET:
            obj.post_logout_uris = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
