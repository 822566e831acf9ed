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
        "doc": "doc",
        "redirect_uris": "redirectUris",
        "initiate_login_uri": "initiateLoginUri",
        "post_logout_uris": "postLogoutUris",
        "additional_properties": lambda d: _convert.undeclared(d, Oidc._json_names),
    }

    doc: str | None | Unset
    redirect_uris: list[str] | None | Unset
    initiate_login_uri: str | None | Unset = UNSET
    post_logout_uris: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.doc is not UNSET:
            d["doc"] = self.doc
        if self.redirect_uris is not UNSET:
            d["redirectUris"] = self.redirect_uris
        if self.initiate_login_uri is not UNSET:
            d["initiateLoginUri"] = self.initiate_login_uri
        if self.post_logout_uris is not UNSET:
            d["postLogoutUris"] = self.post_logout_uris
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.doc = d.pop("doc", UNSET)
        obj.redirect_uris = d.pop("redirectUris", UNSET)
        obj.initiate_login_uri = d.pop("initiateLoginUri", UNSET)
        obj.post_logout_uris = d.pop("postLogoutUris", UNSET)
        obj.additional_properties = d
        return obj
