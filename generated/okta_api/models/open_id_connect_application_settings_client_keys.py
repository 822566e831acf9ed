from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import o_auth_2_client_json_encryption_key_response as _o_auth_2_client_json_encryption_key_response
from . import o_auth_2_client_json_web_key_ec_response as _o_auth_2_client_json_web_key_ec_response
from . import o_auth_2_client_json_web_key_rsa_response as _o_auth_2_client_json_web_key_rsa_response

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_client_json_encryption_key_response import OAuth2ClientJsonEncryptionKeyResponse
    from .o_auth_2_client_json_web_key_ec_response import OAuth2ClientJsonWebKeyECResponse
    from .o_auth_2_client_json_web_key_rsa_response import OAuth2ClientJsonWebKeyRsaResponse


def _parse_keys(v: Any, lazy: bool) -> Any:
    return _convert.parse_union_list(
        (
            _o_auth_2_client_json_web_key_rsa_response.OAuth2ClientJsonWebKeyRsaResponse,
            _o_auth_2_client_json_web_key_ec_response.OAuth2ClientJsonWebKeyECResponse,
            _o_auth_2_client_json_encryption_key_response.OAuth2ClientJsonEncryptionKeyResponse,
        ),
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OpenIdConnectApplicationSettingsClientKeys(OktaModel):
    """A [JSON Web Key Set](https://tools.ietf.org/html/rfc7517#section-5) for validating JWTs presented to
    Okta or for encrypting ID tokens minted by Okta for the client

    Attributes:
        keys: list[OAuth2ClientJsonWebKeyRsaResponse | OAuth2ClientJsonWebKeyECResponse | OAuth2ClientJsonEncryptionKeyResponse]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "keys": "keys",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "keys": "list:any",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "keys": ("keys", _parse_keys),
    }

    keys: (
        list[
            OAuth2ClientJsonWebKeyRsaResponse | OAuth2ClientJsonWebKeyECResponse | OAuth2ClientJsonEncryptionKeyResponse
        ]
        | None
    ) = _attrs_field(init=False)

    def __init__(
        self,
        *,
        keys: list[
            OAuth2ClientJsonWebKeyRsaResponse | OAuth2ClientJsonWebKeyECResponse | OAuth2ClientJsonEncryptionKeyResponse
        ]
        | None
        | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if keys is not UNSET:
            _set_field(self, "keys", keys)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("keys", UNSET)) is not UNSET:
            d["keys"] = _convert.dump_value(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("keys", UNSET)) is not UNSET:
            obj.keys = _parse_keys(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
