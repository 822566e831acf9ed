from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .o_auth_credentials_client_token_endpoint_auth_method import OAuthCredentialsClientTokenEndpointAuthMethod

if TYPE_CHECKING:
    from typing import Self


_parse_token_endpoint_auth_method = _convert.enum_parser(OAuthCredentialsClientTokenEndpointAuthMethod)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuthCredentialsClient(OktaModel):
    """OAuth 2.0 and OpenID Connect Client object
    > **Note:** You must complete client registration with the IdP Authorization Server for your Okta
    IdP instance to obtain client credentials.

    Attributes:
        client_id: The [Unique identifier](https://tools.ietf.org/html/rfc6749#section-2.2) issued by the AS
            for the Okta IdP instance
        client_secret: The [Client secret](https://tools.ietf.org/html/rfc6749#section-2.3.1) issued by the AS
            for the Okta IdP instance
        pkce_required: Require Proof Key for Code Exchange (PKCE) for additional verification
        token_endpoint_auth_method: Client authentication methods supported by the token endpoint
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_id": "client_id",
        "client_secret": "client_secret",
        "pkce_required": "pkce_required",
        "token_endpoint_auth_method": "token_endpoint_auth_method",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_id": "str",
        "client_secret": "str",
        "pkce_required": "bool",
        "token_endpoint_auth_method": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_id": ("client_id", None),
        "client_secret": ("client_secret", None),
        "pkce_required": ("pkce_required", None),
        "token_endpoint_auth_method": ("token_endpoint_auth_method", _parse_token_endpoint_auth_method),
    }

    client_id: str | None = _attrs_field(init=False)
    client_secret: str | None = _attrs_field(init=False, repr=_convert.masked)
    pkce_required: bool | None = _attrs_field(init=False)
    token_endpoint_auth_method: OAuthCredentialsClientTokenEndpointAuthMethod | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client_id: str | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        pkce_required: bool | None | Unset = UNSET,
        token_endpoint_auth_method: OAuthCredentialsClientTokenEndpointAuthMethod | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if client_secret is not UNSET:
            _set_field(self, "client_secret", client_secret)
        if pkce_required is not UNSET:
            _set_field(self, "pkce_required", pkce_required)
        if token_endpoint_auth_method is not UNSET:
            _set_field(self, "token_endpoint_auth_method", token_endpoint_auth_method)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client_id", UNSET)) is not UNSET:
            d["client_id"] = v
        if (v := values.get("client_secret", UNSET)) is not UNSET:
            d["client_secret"] = v
        if (v := values.get("pkce_required", UNSET)) is not UNSET:
            d["pkce_required"] = v
        if (v := values.get("token_endpoint_auth_method", UNSET)) is not UNSET:
            d["token_endpoint_auth_method"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("client_id", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("client_secret", UNSET)) is not UNSET:
            obj.client_secret = v
        if (v := d.pop("pkce_required", UNSET)) is not UNSET:
            obj.pkce_required = v
        if (v := d.pop("token_endpoint_auth_method", UNSET)) is not UNSET:
            obj.token_endpoint_auth_method = _parse_token_endpoint_auth_method(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
