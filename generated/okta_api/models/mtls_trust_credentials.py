from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .mtls_trust_credentials_revocation import MtlsTrustCredentialsRevocation

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class MtlsTrustCredentials(OktaModel):
    """An Okta `MtlsTrustCredentials`.

    Attributes:
        audience: Not used
        issuer: Description of the certificate issuer
        kid: IdP key credential reference to the Okta X.509 signature certificate
        revocation: Mechanism to validate the certificate

            > **Note:** This property isn't supported. Okta now handles CRL caching automatically. As
            of October 8, 2025, in Preview orgs, and October 13, 2025, in Production orgs, this
            property is ignored if it's specified in any API requests. Specifying the property in your
            API requests doesn't cause any errors since the property has no effect.
            >
            > See [Deprecation Notice - Smart Card IdP Legacy CRL Cache
            Setting](https://support.okta.com/help/s/article/deprecation-notice-smart-card-idp-legacy-crl-cache-setting?language=en_US).
        revocation_cache_lifetime (`revocationCacheLifetime`): Time in minutes to cache the certificate revocation information

            > **Note:** This property isn't supported. Okta now handles CRL caching automatically. As
            of October 8, 2025, in Preview orgs, and October 13, 2025, in Production orgs, this
            property is ignored if it's specified in any API requests. Specifying this property in
            your API requests doesn't cause errors since the property has no effect.
            >
            > See [Deprecation Notice - Smart Card IdP Legacy CRL Cache
            Setting](https://support.okta.com/help/s/article/deprecation-notice-smart-card-idp-legacy-crl-cache-setting?language=en_US).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "audience": "audience",
        "issuer": "issuer",
        "kid": "kid",
        "revocation": "revocation",
        "revocationCacheLifetime": "revocation_cache_lifetime",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "audience": "str",
        "issuer": "str",
        "kid": "str",
        "revocation": "enum",
        "revocation_cache_lifetime": "float",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "audience": "audience",
        "issuer": "issuer",
        "kid": "kid",
        "revocation": lambda d: (
            _convert.parse_enum(MtlsTrustCredentialsRevocation, v)
            if (v := d.get("revocation", UNSET)).__class__ is str
            else v
        ),
        "revocation_cache_lifetime": "revocationCacheLifetime",
        "additional_properties": lambda d: _convert.undeclared(d, MtlsTrustCredentials._json_names),
    }

    audience: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    kid: str | None | Unset = UNSET
    revocation: MtlsTrustCredentialsRevocation | None | Unset = UNSET
    revocation_cache_lifetime: float | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.audience is not UNSET:
            d["audience"] = self.audience
        if self.issuer is not UNSET:
            d["issuer"] = self.issuer
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.revocation is not UNSET:
            d["revocation"] = self.revocation
        if self.revocation_cache_lifetime is not UNSET:
            d["revocationCacheLifetime"] = self.revocation_cache_lifetime
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.audience = d.pop("audience", UNSET)
        obj.issuer = d.pop("issuer", UNSET)
        obj.kid = d.pop("kid", UNSET)
        obj.revocation = (
            _convert.parse_enum(MtlsTrustCredentialsRevocation, v)
            if (v := d.pop("revocation", UNSET)).__class__ is str
            else v
        )
        obj.revocation_cache_lifetime = d.pop("revocationCacheLifetime", UNSET)
        obj.additional_properties = d
        return obj
