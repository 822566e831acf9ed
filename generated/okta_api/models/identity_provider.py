from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import identity_provider_links as _identity_provider_links
from . import identity_provider_policy as _identity_provider_policy
from . import identity_provider_properties as _identity_provider_properties
from . import protocol_id_verification as _protocol_id_verification
from . import protocol_mtls as _protocol_mtls
from . import protocol_o_auth as _protocol_o_auth
from . import protocol_oidc as _protocol_oidc
from . import protocol_saml as _protocol_saml
from .identity_provider_issuer_mode import IdentityProviderIssuerMode
from .identity_provider_type import IdentityProviderType
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .identity_provider_links import IdentityProviderLinks
    from .identity_provider_policy import IdentityProviderPolicy
    from .identity_provider_properties import IdentityProviderProperties
    from .protocol_id_verification import ProtocolIdVerification
    from .protocol_mtls import ProtocolMtls
    from .protocol_o_auth import ProtocolOAuth
    from .protocol_oidc import ProtocolOidc
    from .protocol_saml import ProtocolSaml


@_attrs_define(kw_only=True)
class IdentityProvider(OktaModel):
    """An Okta `IdentityProvider`.

    Attributes:
        created (read-only, never sent): Timestamp when the object was created
        id (read-only, never sent): Unique key for the IdP
        issuer_mode (`issuerMode`): Indicates whether Okta uses the original Okta org domain URL or a custom domain URL in the
            request to the social IdP
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        name: Unique name for the IdP
        policy: Policy settings for the IdP.
            The following provisioning and account linking actions are supported by each IdP provider:
            | IdP type                                                           | User provisioning
            actions | Group provisioning actions            | Account link actions | Account link
            filters |
            | -----------------------------------------------------------------  |
            ------------------------- | ------------------------------------- | -------------------- |
            -------------------- |
            | `SAML2`                                                            | `AUTO` or
            `DISABLED`      | `NONE`, `ASSIGN`, `APPEND`, or `SYNC` | `AUTO`, `DISABLED`   | `groups`,
            `users`    |
            | `X509`, `IDV_PERSONA`, `IDV_INCODE`, `IDV_CLEAR` and `IDV_STANDARD`| `DISABLED`
            | No support for JIT provisioning       |                      |                      |
            | All other IdP types                                                | `AUTO`, `DISABLED`
            | `NONE` or `ASSIGN`                    | `AUTO`, `DISABLED`   | `groups`, `users`    |
        properties: The properties in the IdP `properties` object vary depending on the IdP type
        protocol: IdP-specific protocol settings for endpoints, bindings, and algorithms used to connect
            with the IdP and validate messages
        status: LifecycleStatus
        type_ (`type`): The IdP object's `type` property identifies the social or enterprise IdP used for
            authentication.
            Each IdP uses a specific protocol, therefore the `protocol` object must correspond with
            the IdP `type`.
            If the protocol is OAuth 2.0-based, the `protocol` object's `scopes` property must also
            correspond with the scopes supported by the IdP `type`.
            For policy actions supported by each IdP type, see [IdP type policy
            actions](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=policy&t=request).

            | Type               | Description
            | Corresponding protocol | Corresponding protocol scopes
            |
            | ------------------ |
            -----------------------------------------------------------------------------------------------------------------------------------------------------
            | ---------------------- |
            --------------------------------------------------------------------  |
            | `AMAZON`           |
            [Amazon](https://developer.amazon.com/settings/console/registration?return_to=/)&nbsp;as
            the IdP                                        | OpenID Connect         | `profile`,
            `profile:user_id`                                          |
            | `APPLE`            | [Apple](https://developer.apple.com/sign-in-with-apple/)&nbsp;as
            the IdP                                                                | OpenID Connect
            | `names`, `email`, `openid`                                            |
            | `DISCORD`          | [Discord](https://discord.com/login)&nbsp;as the IdP
            | OAuth 2.0              | `identify`, `email`
            |
            | `FACEBOOK`         | [Facebook](https://developers.facebook.com)&nbsp;as the IdP
            | OAuth 2.0              | `public_profile`, `email`
            |
            | `GITHUB`           | [GitHub](https://github.com/join)&nbsp;as the IdP
            | OAuth 2.0              | `user`
            |
            | `GITLAB`           | [GitLab](https://gitlab.com/users/sign_in)&nbsp;as the IdP
            | OpenID Connect         | `openid`, `read_user`, `profile`, `email`
            |
            | `GOOGLE`           | [Google](https://accounts.google.com/signup)&nbsp;as the IdP
            | OpenID Connect         | `openid`, `email`, `profile`
            |
            | `IDV_PERSONA`      | [Persona](https://app.withpersona.com/dashboard/login)&nbsp;as the
            IDV IdP                                                              | ID verification
            |                                                                       |
            | `IDV_CLEAR`        | [CLEAR Verified](https://www.clearme.com/)&nbsp;as the IDV IdP
            | ID verification        | `openid`, `profile`, `identity_assurance`
            |
            | `IDV_INCODE`       | [Incode](https://incode.com/)&nbsp;as the IDV IdP
            | ID verification        | `openid`, `profile`, `identity_assurance`
            |
            | `IDV_STANDARD` | Custom IDV&nbsp;as the IDV IdP
            | ID verification        | `openid`, `profile`, `identity_assurance`
            |
            | `LINKEDIN`         | [LinkedIn](https://developer.linkedin.com/)&nbsp;as the IdP
            | OAuth 2.0              | `r_emailaddress`, `r_liteprofile`
            |
            | `LOGINGOV`         | [Login.gov](https://developers.login.gov/)&nbsp;as the IdP
            | OpenID Connect         | `email`, `profile`, `profile:name`
            |
            | `LOGINGOV_SANDBOX` | [Login.gov's identity
            sandbox](https://developers.login.gov/testing/)&nbsp;as the IdP
            | OpenID Connect         | `email`, `profile`, `profile:name`
            |
            | `MICROSOFT`        | [Microsoft Enterprise SSO](https://azure.microsoft.com/)&nbsp;as
            the IdP                                                                | OpenID Connect
            | `openid`, `email`, `profile`, `https://graph.microsoft.com/User.Read` |
            | `OIDC`             | IdP that supports [OpenID
            Connect](https://openid.net/specs/openid-connect-core-1_0.html)
            | OpenID Connect         | `openid`, `email`, `profile`
            |
            | `PAYPAL`           | [Paypal](https://www.paypal.com/signin)&nbsp;as the IdP
            | OpenID Connect         | `openid`, `email`, `profile`
            |
            | `PAYPAL_SANDBOX`   | [Paypal
            Sandbox](https://developer.paypal.com/tools/sandbox/)&nbsp;as the IdP
            | OpenID Connect         | `openid`, `email`, `profile`
            |
            | `SALESFORCE`       | [SalesForce](https://login.salesforce.com/)&nbsp;as the IdP
            | OAuth 2.0              | `id`, `email`, `profile`
            |
            | `SAML2`            | Enterprise IdP that supports the [SAML 2.0 Web Browser SSO
            Profile](https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf)| SAML
            2.0  |                                                                                |
            | `SPOTIFY`          | [Spotify](https://developer.spotify.com/)&nbsp;as the IdP
            | OpenID Connect         | `user-read-email`, `user-read-private`
            |
            | `X509`             | [Smart Card IdP](https://tools.ietf.org/html/rfc5280)
            | Mutual TLS             |
            |
            | `XERO`             | [Xero](https://www.xero.com/us/signup/api/)&nbsp;as the IdP
            | OpenID Connect         | `openid`, `profile`, `email`
            |
            | `YAHOO`            | [Yahoo](https://login.yahoo.com/)&nbsp;as the IdP
            | OpenID Connect         | `openid`, `profile`, `email`
            |
            | `YAHOOJP`          | [Yahoo Japan](https://login.yahoo.co.jp/config/login)&nbsp;as the
            IdP                                                                   | OpenID Connect
            | `openid`, `profile`, `email`                                          |
            | `OKTA_INTEGRATION`             | IdP that supports the [OpenID
            Connect](https://openid.net/specs/openid-connect-core-1_0.html) Org2Org IdP
            | OpenID Connect         | `openid`, `email`, `profile`
            |
        field_links (`_links`, read-only, never sent): IdentityProviderLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "issuerMode": "issuer_mode",
        "lastUpdated": "last_updated",
        "name": "name",
        "policy": "policy",
        "properties": "properties",
        "protocol": "protocol",
        "status": "status",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "issuer_mode": "enum",
        "last_updated": "datetime",
        "name": "str",
        "policy": "model",
        "properties": "model",
        "protocol": "any",
        "status": "enum",
        "type_": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "issuer_mode": lambda d: (
            _convert.parse_enum(IdentityProviderIssuerMode, v)
            if (v := d.get("issuerMode", UNSET)).__class__ is str
            else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "policy": lambda d: (
            _identity_provider_policy.IdentityProviderPolicy.from_json(v)
            if (v := d.get("policy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_policy.IdentityProviderPolicy, v)
        ),
        "properties": lambda d: (
            _identity_provider_properties.IdentityProviderProperties.from_json(v)
            if (v := d.get("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_properties.IdentityProviderProperties, v)
        ),
        "protocol": lambda d: _convert.parse_union(
            (
                _protocol_saml.ProtocolSaml,
                _protocol_o_auth.ProtocolOAuth,
                _protocol_oidc.ProtocolOidc,
                _protocol_mtls.ProtocolMtls,
                _protocol_id_verification.ProtocolIdVerification,
            ),
            d.get("protocol", UNSET),
        ),
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(IdentityProviderType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _identity_provider_links.IdentityProviderLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_links.IdentityProviderLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProvider._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    issuer_mode: IdentityProviderIssuerMode | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    policy: IdentityProviderPolicy | None | Unset = UNSET
    properties: IdentityProviderProperties | None | Unset = UNSET
    protocol: ProtocolSaml | ProtocolOAuth | ProtocolOidc | ProtocolMtls | ProtocolIdVerification | None | Unset = UNSET
    status: LifecycleStatus | None | Unset = UNSET
    type_: IdentityProviderType | None | Unset = UNSET
    field_links: IdentityProviderLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.issuer_mode is not UNSET:
            d["issuerMode"] = self.issuer_mode
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.policy is not UNSET:
            d["policy"] = _convert.dump_model(self.policy, omit_read_only)
        if self.properties is not UNSET:
            d["properties"] = _convert.dump_model(self.properties, omit_read_only)
        if self.protocol is not UNSET:
            d["protocol"] = _convert.dump_value(self.protocol, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.issuer_mode = (
            _convert.parse_enum(IdentityProviderIssuerMode, v)
            if (v := d.pop("issuerMode", UNSET)).__class__ is str
            else v
        )
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.policy = (
            _identity_provider_policy.IdentityProviderPolicy.from_dict(v)
            if (v := d.pop("policy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_policy.IdentityProviderPolicy, v)
        )
        obj.properties = (
            _identity_provider_properties.IdentityProviderProperties.from_dict(v)
            if (v := d.pop("properties", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_properties.IdentityProviderProperties, v)
        )
        obj.protocol = _convert.parse_union(
            (
                _protocol_saml.ProtocolSaml,
                _protocol_o_auth.ProtocolOAuth,
                _protocol_oidc.ProtocolOidc,
                _protocol_mtls.ProtocolMtls,
                _protocol_id_verification.ProtocolIdVerification,
            ),
            d.pop("protocol", UNSET),
        )
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = _convert.parse_enum(IdentityProviderType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.field_links = (
            _identity_provider_links.IdentityProviderLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_links.IdentityProviderLinks, v)
        )
        obj.additional_properties = d
        return obj
