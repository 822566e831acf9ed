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
class TestInfoOidcTestConfiguration(OktaModel):
    """OIDC test details

    Attributes:
        sp_initiate_url (`spInitiateUrl`): URL for SP-initiated sign-in flows (required if `sp = true`)
        idp (read-only, never sent): Read only.<br>Indicates if your integration supports IdP-initiated sign-in flows. If
            [`sso.oidc.initiateLoginUri`](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/YourOinIntegrations/#tag/YourOinIntegrations/operation/createSubmission!path=sso/oidc/initiateLoginUri&t=request)
            is specified, this property is set to `true`. If
            [`sso.oidc.initiateLoginUri`](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/YourOinIntegrations/#tag/YourOinIntegrations/operation/createSubmission!path=sso/oidc/initiateLoginUri&t=request)
            isn't set for the integration submission, this property is set to `false`
        sp (read-only, never sent): Read only.<br>Indicates if your integration supports SP-initiated sign-in flows and is
            always set to `true` for OIDC SSO
        jit: Indicates if your integration supports Just-In-Time (JIT) provisioning
    """

    _json_names: ClassVar[dict[str, str]] = {
        "spInitiateUrl": "sp_initiate_url",
        "idp": "idp",
        "sp": "sp",
        "jit": "jit",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "sp_initiate_url": "str",
        "idp": "bool",
        "sp": "bool",
        "jit": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "sp_initiate_url": "spInitiateUrl",
        "idp": "idp",
        "sp": "sp",
        "jit": "jit",
        "additional_properties": lambda d: _convert.undeclared(d, TestInfoOidcTestConfiguration._json_names),
    }

    sp_initiate_url: str | None | Unset
    idp: bool | None | Unset = UNSET
    sp: bool | None | Unset = UNSET
    jit: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.sp_initiate_url is not UNSET:
            d["spInitiateUrl"] = self.sp_initiate_url
        if self.idp is not UNSET and not omit_read_only:
            d["idp"] = self.idp
        if self.sp is not UNSET and not omit_read_only:
            d["sp"] = self.sp
        if self.jit is not UNSET:
            d["jit"] = self.jit
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.sp_initiate_url = d.pop("spInitiateUrl", UNSET)
        obj.idp = d.pop("idp", UNSET)
        obj.sp = d.pop("sp", UNSET)
        obj.jit = d.pop("jit", UNSET)
        obj.additional_properties = d
        return obj
