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
        "client_data": ("clientData", None),
        "signature_data": ("signatureData", None),
    }

    client_data: str | None = _attrs_field(init=False)
    signature_data: Any | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client_data: str | None | Unset = UNSET,
        signature_data: Any | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client_data is not UNSET:
            _set_field(self, "client_data", client_data)
        if signature_data is not UNSET:
            _set_field(self, "signature_data", signature_data)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client_data", UNSET)) is not UNSET:
            d["clientData"] = v
        if (v := values.get("signature_data", UNSET)) is not UNSET:
            d["signatureData"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("clientData", UNSET)) is not UNSET:
            obj.client_data = v
        if (v := d.pop("signatureData", UNSET)) is not UNSET:
            obj.signature_data = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
