from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import o_auth_client_secret_links as _o_auth_client_secret_links
from .o_auth_2_client_json_encryption_key_response_kty import OAuth2ClientJsonEncryptionKeyResponseKty
from .o_auth_2_client_json_encryption_key_response_use import OAuth2ClientJsonEncryptionKeyResponseUse
from .o_auth_2_client_json_web_key_request_base import OAuth2ClientJsonWebKeyRequestBase
from .o_auth_2_client_json_web_key_request_base_status import OAuth2ClientJsonWebKeyRequestBaseStatus

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_client_secret_links import OAuthClientSecretLinks


@_attrs_define(kw_only=True)
class OAuth2ClientJsonEncryptionKeyResponse(OAuth2ClientJsonWebKeyRequestBase):
    """Encryption Key

    <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ff0190>

    Attributes:
        kid (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5feecd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5feee90>
        status (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5feef10>`): OAuth2ClientJsonWebKeyRequestBaseStatus
        created (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fef1d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fef350>
        id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fef3d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fef550>
        last_updated (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fef5d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fef750>
        field_links (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fef7d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a602b710>
        e (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fef8d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fefa50>
        kty (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fefad0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fefc90>
        n (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fefd10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fefe90>
        use (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5feff10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ff0110>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "kid": "kid",
        "status": "status",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "_links": "field_links",
        "e": "e",
        "kty": "kty",
        "n": "n",
        "use": "use",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "kid": "str",
        "status": "enum",
        "created": "str",
        "id": "str",
        "last_updated": "str",
        "field_links": "model",
        "e": "str",
        "kty": "enum",
        "n": "str",
        "use": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "kid": "kid",
        "status": lambda d: (
            _convert.parse_enum(OAuth2ClientJsonWebKeyRequestBaseStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "created": "created",
        "id": "id",
        "last_updated": "lastUpdated",
        "field_links": lambda d: (
            _o_auth_client_secret_links.OAuthClientSecretLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_client_secret_links.OAuthClientSecretLinks, v)
        ),
        "e": "e",
        "kty": lambda d: (
            _convert.parse_enum(OAuth2ClientJsonEncryptionKeyResponseKty, v)
            if (v := d.get("kty", UNSET)).__class__ is str
            else v
        ),
        "n": "n",
        "use": lambda d: (
            _convert.parse_enum(OAuth2ClientJsonEncryptionKeyResponseUse, v)
            if (v := d.get("use", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ClientJsonEncryptionKeyResponse._json_names),
    }

    kid: str | None | Unset = UNSET
    status: OAuth2ClientJsonWebKeyRequestBaseStatus | None | Unset = UNSET
    created: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    field_links: OAuthClientSecretLinks | None | Unset = UNSET
    e: str | None | Unset = UNSET
    kty: OAuth2ClientJsonEncryptionKeyResponseKty | None | Unset = UNSET
    n: str | None | Unset = UNSET
    use: OAuth2ClientJsonEncryptionKeyResponseUse | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.status is not UNSET:
            d["status"] = self.status
        if self.created is not UNSET and not omit_read_only:
            d["created"] = self.created
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.e is not UNSET:
            d["e"] = self.e
        if self.kty is not UNSET:
            d["kty"] = self.kty
        if self.n is not UNSET:
            d["n"] = self.n
        if self.use is not UNSET:
            d["use"] = self.use
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
        obj.created = d.pop("created", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.field_links = (
            _o_auth_client_secret_links.OAuthClientSecretLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_client_secret_links.OAuthClientSecretLinks, v)
        )
        obj.e = d.pop("e", UNSET)
        obj.kty = (
            _convert.parse_enum(OAuth2ClientJsonEncryptionKeyResponseKty, v)
            if (v := d.pop("kty", UNSET)).__class__ is str
            else v
        )
        obj.n = d.pop("n", UNSET)
        obj.use = (
            _convert.parse_enum(OAuth2ClientJsonEncryptionKeyResponseUse, v)
            if (v := d.pop("use", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
