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
class SecurityEventsProviderSettingsResponse(OktaModel):
    """Security events provider settings

    Security events provider settings

    Attributes:
        issuer: Issuer URL
        jwks_url: The public URL where the JWKS public key is uploaded
        well_known_url: The well-known URL of the security events provider (the SSF transmitter)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "issuer": "issuer",
        "jwks_url": "jwks_url",
        "well_known_url": "well_known_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "issuer": "str",
        "jwks_url": "str",
        "well_known_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "issuer": "issuer",
        "jwks_url": "jwks_url",
        "well_known_url": "well_known_url",
        "additional_properties": lambda d: _convert.undeclared(d, SecurityEventsProviderSettingsResponse._json_names),
    }

    issuer: str | None | Unset = UNSET
    jwks_url: str | None | Unset = UNSET
    well_known_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.jwks_url is not UNSET:
            d["jwks_url"] = self.jwks_url
        if self.well_known_url is not UNSET:
            d["well_known_url"] = self.well_known_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.issuer = d.pop("issuer", UNSET)
        obj.jwks_url = d.pop("jwks_url", UNSET)
        obj.well_known_url = d.pop("well_known_url", UNSET)
        obj.additional_properties = d
        return obj
