from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import apple_client_signing as _apple_client_signing
from . import o_auth_credentials_client as _o_auth_credentials_client

if TYPE_CHECKING:
    from typing import Self

    from .apple_client_signing import AppleClientSigning
    from .o_auth_credentials_client import OAuthCredentialsClient


def _parse_client(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_credentials_client.OAuthCredentialsClient.from_json(v)
            if lazy
            else _o_auth_credentials_client.OAuthCredentialsClient.from_dict(v)
        )
    return _convert.parse_model(_o_auth_credentials_client.OAuthCredentialsClient, v)


def _parse_signing(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _apple_client_signing.AppleClientSigning.from_json(v)
            if lazy
            else _apple_client_signing.AppleClientSigning.from_dict(v)
        )
    return _convert.parse_model(_apple_client_signing.AppleClientSigning, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuthCredentials(OktaModel):
    """Client authentication credentials for an [OAuth 2.0 Authorization
    Server](https://tools.ietf.org/html/rfc6749#section-2.3)

    Attributes:
        client: OAuth 2.0 and OpenID Connect Client object
            > **Note:** You must complete client registration with the IdP Authorization Server for
            your Okta IdP instance to obtain client credentials.
        signing: Information used to generate the secret JSON Web Token for the token requests to Apple IdP
            > **Note:** The `privateKey` property is required for a CREATE request. For an UPDATE
            request, it can be null and keeps the existing value if it's null. The `privateKey`
            property isn't returned for LIST and GET requests or UPDATE requests if it's null.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client": "client",
        "signing": "signing",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client": "model",
        "signing": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client": ("client", _parse_client),
        "signing": ("signing", _parse_signing),
    }

    client: OAuthCredentialsClient | None = _attrs_field(init=False)
    signing: AppleClientSigning | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client: OAuthCredentialsClient | None | Unset = UNSET,
        signing: AppleClientSigning | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client is not UNSET:
            _set_field(self, "client", client)
        if signing is not UNSET:
            _set_field(self, "signing", signing)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client", UNSET)) is not UNSET:
            d["client"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("signing", UNSET)) is not UNSET:
            d["signing"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("client", UNSET)) is not UNSET:
            obj.client = _parse_client(v, False)
        if (v := d.pop("signing", UNSET)) is not UNSET:
            obj.signing = _parse_signing(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
