from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .o_auth_2_client_secret_request_body_status import OAuth2ClientSecretRequestBodyStatus

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OAuth2ClientSecretRequestBody(OktaModel):
    """An Okta `OAuth2ClientSecretRequestBody`.

    Attributes:
        client_secret: The OAuth 2.0 client secret string
        status: Status of the OAuth 2.0 client secret
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_secret": "client_secret",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_secret": "str",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_secret": "client_secret",
        "status": lambda d: (
            _convert.parse_enum(OAuth2ClientSecretRequestBodyStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ClientSecretRequestBody._json_names),
    }

    client_secret: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    status: OAuth2ClientSecretRequestBodyStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_secret is not UNSET:
            d["client_secret"] = self.client_secret
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
        obj.client_secret = d.pop("client_secret", UNSET)
        obj.status = (
            _convert.parse_enum(OAuth2ClientSecretRequestBodyStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
