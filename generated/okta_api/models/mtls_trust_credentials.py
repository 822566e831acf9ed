from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .mtls_trust_credentials_revocation import MtlsTrustCredentialsRevocation

if TYPE_CHECKING:
    from typing import Self


_parse_revocation = _convert.enum_parser(MtlsTrustCredentialsRevocation)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "audience": ("audience", None),
        "issuer": ("issuer", None),
        "kid": ("kid", None),
        "revocation": ("revocation", _parse_revocation),
        "revocation_cache_lifetime": ("revocationCacheLifetime", None),
    }

    audience: str | None = _attrs_field(init=False)
    issuer: str | None = _attrs_field(init=False)
    kid: str | None = _attrs_field(init=False)
    revocation: MtlsTrustCredentialsRevocation | None = _attrs_field(init=False)
    revocation_cache_lifetime: float | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        audience: str | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        kid: str | None | Unset = UNSET,
        revocation: MtlsTrustCredentialsRevocation | None | Unset = UNSET,
        revocation_cache_lifetime: float | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if audience is not UNSET:
            _set_field(self, "audience", audience)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if revocation is not UNSET:
            _set_field(self, "revocation", revocation)
        if revocation_cache_lifetime is not UNSET:
            _set_field(self, "revocation_cache_lifetime", revocation_cache_lifetime)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("audience", UNSET)) is not UNSET:
            d["audience"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = v
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("revocation", UNSET)) is not UNSET:
            d["revocation"] = v
        if (v := values.get("revocation_cache_lifetime", UNSET)) is not UNSET:
            d["revocationCacheLifetime"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("audience", UNSET)) is not UNSET:
            obj.audience = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = v
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("revocation", UNSET)) is not UNSET:
            obj.revocation = _parse_revocation(v, False)
        if (v := d.pop("revocationCacheLifetime", UNSET)) is not UNSET:
            obj.revocation_cache_lifetime = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
