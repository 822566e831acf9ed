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
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c6ccd0>

    Attributes:
        sp_initiate_url (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c6ca90>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c6cc10>
        idp (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c6c450>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c6c610>
        sp (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c6c690>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c6c810>
        jit (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c6c890>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c6ca10>
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
