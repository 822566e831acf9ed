from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .identity_provider_type import IdentityProviderType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(IdentityProviderType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class IdpPolicyRuleActionProvider(OktaModel):
    """An Okta `IdpPolicyRuleActionProvider`.

    Attributes:
        id: IdP types of `OKTA`, `AgentlessDSSO`, and `IWA` don't require an ID.
        name: Provider `name` in Okta. Optional. Supported in `IDENTITY ENGINE`.
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
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": ("id", None),
        "name": ("name", None),
        "type_": ("type", _parse_type_),
    }

    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    type_: IdentityProviderType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type_: IdentityProviderType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
