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
        "sp_initiate_url": ("spInitiateUrl", None),
        "idp": ("idp", None),
        "sp": ("sp", None),
        "jit": ("jit", None),
    }

    sp_initiate_url: str | None = _attrs_field(init=False)
    idp: bool | None = _attrs_field(init=False)
    sp: bool | None = _attrs_field(init=False)
    jit: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        sp_initiate_url: str | None | Unset,
        idp: bool | None | Unset = UNSET,
        sp: bool | None | Unset = UNSET,
        jit: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if sp_initiate_url is not UNSET:
            _set_field(self, "sp_initiate_url", sp_initiate_url)
        if idp is not UNSET:
            _set_field(self, "idp", idp)
        if sp is not UNSET:
            _set_field(self, "sp", sp)
        if jit is not UNSET:
            _set_field(self, "jit", jit)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("sp_initiate_url", UNSET)) is not UNSET:
            d["spInitiateUrl"] = v
        if (v := values.get("idp", UNSET)) is not UNSET and not omit_read_only:
            d["idp"] = v
        if (v := values.get("sp", UNSET)) is not UNSET and not omit_read_only:
            d["sp"] = v
        if (v := values.get("jit", UNSET)) is not UNSET:
            d["jit"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("spInitiateUrl", UNSET)) is not UNSET:
            obj.sp_initiate_url = v
        if (v := d.pop("idp", UNSET)) is not UNSET:
            obj.idp = v
        if (v := d.pop("sp", UNSET)) is not UNSET:
            obj.sp = v
        if (v := d.pop("jit", UNSET)) is not UNSET:
            obj.jit = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
