from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .o_auth_2_client_json_web_key_request_base_status import OAuth2ClientJsonWebKeyRequestBaseStatus

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OAuth2ClientJsonWebKeyRequestBase(OktaModel):
    """An Okta `OAuth2ClientJsonWebKeyRequestBase`.

    Attributes:
        kid: Unique identifier of the JSON Web Key in the OAUth 2.0 client's JWKS
        status: OAuth2ClientJsonWebKeyRequestBaseStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "kid": "kid",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "kid": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "kid": "kid",
        "status": lambda d: (
            _convert.parse_enum(OAuth2ClientJsonWebKeyRequestBaseStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ClientJsonWebKeyRequestBase._json_names),
    }

    kid: str | None | Unset = UNSET
    status: OAuth2ClientJsonWebKeyRequestBaseStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.kid = d.pop("kid", UNSET)
        obj.status = (
            _convert.parse_enum(OAuth2ClientJsonWebKeyRequestBaseStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
