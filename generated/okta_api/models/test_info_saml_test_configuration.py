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
class TestInfoSamlTestConfiguration(OktaModel):
    """SAML test details

    Attributes:
        sp_initiate_url (`spInitiateUrl`): URL for SP-initiated sign-in flows (required if `sp = true`)
        idp: Indicates if your integration supports IdP-initiated sign-in
        sp: Indicates if your integration supports SP-initiated sign-in
        jit: Indicates if your integration supports Just-In-Time (JIT) provisioning
        sp_initiate_description (`spInitiateDescription`): Instructions on how to sign in to your app using the SP-initiated flow (required if `sp =
            true`)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "spInitiateUrl": "sp_initiate_url",
        "idp": "idp",
        "sp": "sp",
        "jit": "jit",
        "spInitiateDescription": "sp_initiate_description",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "sp_initiate_url": "str",
        "idp": "bool",
        "sp": "bool",
        "jit": "bool",
        "sp_initiate_description": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "sp_initiate_url": "spInitiateUrl",
        "idp": "idp",
        "sp": "sp",
        "jit": "jit",
        "sp_initiate_description": "spInitiateDescription",
        "additional_properties": lambda d: _convert.undeclared(d, TestInfoSamlTestConfiguration._json_names),
    }

    sp_initiate_url: str | None | Unset
    idp: bool | None | Unset = UNSET
    sp: bool | None | Unset = UNSET
    jit: bool | None | Unset = UNSET
    sp_initiate_description: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.sp_initiate_url is not UNSET:
            d["spInitiateUrl"] = self.sp_initiate_url
        if self.idp is not UNSET:
            d["idp"] = self.idp
        if self.sp is not UNSET:
            d["sp"] = self.sp
        if self.jit is not UNSET:
            d["jit"] = self.jit
        if self.sp_initiate_description is not UNSET:
            d["spInitiateDescription"] = self.sp_initiate_description
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
        obj.sp_initiate_description = d.pop("spInitiateDescription", UNSET)
        obj.additional_properties = d
        return obj
