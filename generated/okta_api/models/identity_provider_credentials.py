from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import identity_provider_credentials_client as _identity_provider_credentials_client
from . import identity_provider_credentials_signing as _identity_provider_credentials_signing
from . import identity_provider_credentials_trust as _identity_provider_credentials_trust

if TYPE_CHECKING:
    from typing import Self

    from .identity_provider_credentials_client import IdentityProviderCredentialsClient
    from .identity_provider_credentials_signing import IdentityProviderCredentialsSigning
    from .identity_provider_credentials_trust import IdentityProviderCredentialsTrust


@_attrs_define(kw_only=True)
class IdentityProviderCredentials(OktaModel):
    """An Okta `IdentityProviderCredentials`.

    Attributes:
        client: IdentityProviderCredentialsClient
        signing: IdentityProviderCredentialsSigning
        trust: IdentityProviderCredentialsTrust
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client": "client",
        "signing": "signing",
        "trust": "trust",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client": "model",
        "signing": "model",
        "trust": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client": lambda d: (
            _identity_provider_credentials_client.IdentityProviderCredentialsClient.from_json(v)
            if (v := d.get("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_credentials_client.IdentityProviderCredentialsClient, v)
        ),
        "signing": lambda d: (
            _identity_provider_credentials_signing.IdentityProviderCredentialsSigning.from_json(v)
            if (v := d.get("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_credentials_signing.IdentityProviderCredentialsSigning, v)
        ),
        "trust": lambda d: (
            _identity_provider_credentials_trust.IdentityProviderCredentialsTrust.from_json(v)
            if (v := d.get("trust", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_credentials_trust.IdentityProviderCredentialsTrust, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProviderCredentials._json_names),
    }

    client: IdentityProviderCredentialsClient | None | Unset = UNSET
    signing: IdentityProviderCredentialsSigning | None | Unset = UNSET
    trust: IdentityProviderCredentialsTrust | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client is not UNSET:
            d["client"] = _convert.dump_model(self.client, omit_read_only)
        if self.signing is not UNSET:
            d["signing"] = _convert.dump_model(self.signing, omit_read_only)
        if self.trust is not UNSET:
            d["trust"] = _convert.dump_model(self.trust, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.client = (
            _identity_provider_credentials_client.IdentityProviderCredentialsClient.from_dict(v)
            if (v := d.pop("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_credentials_client.IdentityProviderCredentialsClient, v)
        )
        obj.signing = (
            _identity_provider_credentials_signing.IdentityProviderCredentialsSigning.from_dict(v)
            if (v := d.pop("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_credentials_signing.IdentityProviderCredentialsSigning, v)
        )
        obj.trust = (
            _identity_provider_credentials_trust.IdentityProviderCredentialsTrust.from_dict(v)
            if (v := d.pop("trust", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_credentials_trust.IdentityProviderCredentialsTrust, v)
        )
        obj.additional_properties = d
        return obj
