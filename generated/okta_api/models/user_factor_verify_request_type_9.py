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
class UserFactorVerifyRequestType9(OktaModel):
    """u2f

    Verifies a `u2f` factor challenge by posting a signed assertion using the challenge `nonce`

    Attributes:
        client_data (`clientData`): Base64-encoded client data from the U2F token
        signature_data (`signatureData`): Base64-encoded signature data from the U2F token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "clientData": "client_data",
        "signatureData": "signature_data",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_data": "str",
        "signature_data": "any",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_data": "clientData",
        "signature_data": "signatureData",
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorVerifyRequestType9._json_names),
    }

    client_data: str | None | Unset = UNSET
    signature_data: Any | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_data is not UNSET:
            d["clientData"] = self.client_data
        if self.signature_data is not UNSET:
            d["signatureData"] = self.signature_data
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.client_data = d.pop("clientData", UNSET)
        obj.signature_data = d.pop("signatureData", UNSET)
        obj.additional_properties = d
        return obj
