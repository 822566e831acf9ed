from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_issuer_mode = _convert.enum_parser(IdentityProviderIssuerMode)


def _parse_policy(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_provider_policy.IdentityProviderPolicy.from_json(v)
            if lazy
            else _identity_provider_policy.IdentityProviderPolicy.from_dict(v)
        )
    return _convert.parse_model(_identity_provider_policy.IdentityProviderPolicy, v)


def _parse_properties(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_provider_properties.IdentityProviderProperties.from_json(v)
            if lazy
            else _identity_provider_properties.IdentityProviderProperties.from_dict(v)
        )
    return _convert.parse_model(_identity_provider_properties.IdentityProviderProperties, v)


def _parse_protocol(v: Any, lazy: bool) -> Any:
    return _convert.parse_union(
        (
            _protocol_saml.ProtocolSaml,
            _protocol_o_auth.ProtocolOAuth,
            _protocol_oidc.ProtocolOidc,
            _protocol_mtls.ProtocolMtls,
            _protocol_id_verification.ProtocolIdVerification,
        ),
        v,
    )


_parse_status = _convert.enum_parser(LifecycleStatus)

_parse_type_ = _convert.enum_parser(IdentityProviderType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_provider_links.IdentityProviderLinks.from_json(v)
            if lazy
            else _identity_provider_links.IdentityProviderLinks.from_dict(v)
        )
    return _convert.parse_model(_identity_provider_links.IdentityProviderLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "issuer_mode": ("issuerMode", _parse_issuer_mode),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "policy": ("policy", _parse_policy),
        "properties": ("properties", _parse_properties),
        "protocol": ("protocol", _parse_protocol),
        "status": ("status", _parse_status),
        "type_": ("type", _parse_type_),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    issuer_mode: IdentityProviderIssuerMode | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    policy: IdentityProviderPolicy | None = _attrs_field(init=False)
    properties: IdentityProviderProperties | None = _attrs_field(init=False)
    protocol: ProtocolSaml | ProtocolOAuth | ProtocolOidc | ProtocolMtls | ProtocolIdVerification | None = _attrs_field(
        init=False
    )
    status: LifecycleStatus | None = _attrs_field(init=False)
    type_: IdentityProviderType | None = _attrs_field(init=False)
    field_links: IdentityProviderLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        issuer_mode: IdentityProviderIssuerMode | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        policy: IdentityProviderPolicy | None | Unset = UNSET,
        properties: IdentityProviderProperties | None | Unset = UNSET,
        protocol: ProtocolSaml
        | ProtocolOAuth
        | ProtocolOidc
        | ProtocolMtls
        | ProtocolIdVerification
        | None
        | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        type_: IdentityProviderType | None | Unset = UNSET,
        field_links: IdentityProviderLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if issuer_mode is not UNSET:
            _set_field(self, "issuer_mode", issuer_mode)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if policy is not UNSET:
            _set_field(self, "policy", policy)
        if properties is not UNSET:
            _set_field(self, "properties", properties)
        if protocol is not UNSET:
            _set_field(self, "protocol", protocol)
        if status is not UNSET:
            _set_field(self, "status", status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("issuer_mode", UNSET)) is not UNSET:
            d["issuerMode"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("policy", UNSET)) is not UNSET:
            d["policy"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("properties", UNSET)) is not UNSET:
            d["properties"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("protocol", UNSET)) is not UNSET:
            d["protocol"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("issuerMode", UNSET)) is not UNSET:
            obj.issuer_mode = _parse_issuer_mode(v, False)
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("policy", UNSET)) is not UNSET:
            obj.policy = _parse_policy(v, False)
        if (v := d.pop("properties", UNSET)) is not UNSET:
            obj.properties = _parse_properties(v, False)
        if (v := d.pop("protocol", UNSET)) is not UNSET:
            obj.protocol = _parse_protocol(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
