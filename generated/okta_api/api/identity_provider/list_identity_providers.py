"""`listIdentityProviders`: GET /api/v1/idps"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.identity_provider import IdentityProvider
    from ...models.identity_provider_type import IdentityProviderType

OPERATION = Operation(
    operation_id="listIdentityProviders",
    method="GET",
    path="/api/v1/idps",
    tag="IdentityProvider",
    scopes=("okta.idps.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: IdentityProviderType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["after"] = after

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/idps",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[IdentityProvider] | Error | None:
    from ...models.error import Error
    from ...models.identity_provider import IdentityProvider

    if response.status_code == 403:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 429:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_response_list(client, IdentityProvider, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[IdentityProvider] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: IdentityProviderType | Unset = UNSET,
) -> Response[list[IdentityProvider] | Error | None]:
    """List all IdPs

     Lists all identity provider (IdP) integrations with pagination. A subset of IdPs can be returned
    that match a supported filter expression or query.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (IdentityProviderType | Unset): The IdP object's `type` property identifies the
            social or enterprise IdP used for authentication.
            Each IdP uses a specific protocol, therefore the `protocol` object must correspond with
            the IdP `type`.
            If the protocol is OAuth 2.0-based, the `protocol` object's `scopes` property must also
            correspond with the scopes supported by the IdP `type`.
            For policy actions supported by each IdP type, see [IdP type policy
            actions](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Identi
            tyProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=policy&t=request).

            | Type               | Description
            | Corresponding protocol | Corresponding protocol scopes
            |
            | ------------------ | -------------------------------------------------------------------
            ---------------------------------------------------------------------------------- |
            ---------------------- |
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
            | `OIDC`             | IdP that supports [OpenID Connect](https://openid.net/specs/openid-
            connect-core-1_0.html)                                               | OpenID Connect
            | `openid`, `email`, `profile`                                          |
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[IdentityProvider]]
    """

    kwargs = _get_kwargs(
        q=q,
        after=after,
        limit=limit,
        type_=type_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: IdentityProviderType | Unset = UNSET,
) -> list[IdentityProvider] | Error | None:
    """List all IdPs

     Lists all identity provider (IdP) integrations with pagination. A subset of IdPs can be returned
    that match a supported filter expression or query.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (IdentityProviderType | Unset): The IdP object's `type` property identifies the
            social or enterprise IdP used for authentication.
            Each IdP uses a specific protocol, therefore the `protocol` object must correspond with
            the IdP `type`.
            If the protocol is OAuth 2.0-based, the `protocol` object's `scopes` property must also
            correspond with the scopes supported by the IdP `type`.
            For policy actions supported by each IdP type, see [IdP type policy
            actions](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Identi
            tyProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=policy&t=request).

            | Type               | Description
            | Corresponding protocol | Corresponding protocol scopes
            |
            | ------------------ | -------------------------------------------------------------------
            ---------------------------------------------------------------------------------- |
            ---------------------- |
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
            | `OIDC`             | IdP that supports [OpenID Connect](https://openid.net/specs/openid-
            connect-core-1_0.html)                                               | OpenID Connect
            | `openid`, `email`, `profile`                                          |
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[IdentityProvider]
    """

    return sync_detailed(
        client=client,
        q=q,
        after=after,
        limit=limit,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: IdentityProviderType | Unset = UNSET,
) -> Response[list[IdentityProvider] | Error | None]:
    """List all IdPs

     Lists all identity provider (IdP) integrations with pagination. A subset of IdPs can be returned
    that match a supported filter expression or query.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (IdentityProviderType | Unset): The IdP object's `type` property identifies the
            social or enterprise IdP used for authentication.
            Each IdP uses a specific protocol, therefore the `protocol` object must correspond with
            the IdP `type`.
            If the protocol is OAuth 2.0-based, the `protocol` object's `scopes` property must also
            correspond with the scopes supported by the IdP `type`.
            For policy actions supported by each IdP type, see [IdP type policy
            actions](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Identi
            tyProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=policy&t=request).

            | Type               | Description
            | Corresponding protocol | Corresponding protocol scopes
            |
            | ------------------ | -------------------------------------------------------------------
            ---------------------------------------------------------------------------------- |
            ---------------------- |
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
            | `OIDC`             | IdP that supports [OpenID Connect](https://openid.net/specs/openid-
            connect-core-1_0.html)                                               | OpenID Connect
            | `openid`, `email`, `profile`                                          |
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[IdentityProvider]]
    """

    kwargs = _get_kwargs(
        q=q,
        after=after,
        limit=limit,
        type_=type_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: IdentityProviderType | Unset = UNSET,
) -> list[IdentityProvider] | Error | None:
    """List all IdPs

     Lists all identity provider (IdP) integrations with pagination. A subset of IdPs can be returned
    that match a supported filter expression or query.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (IdentityProviderType | Unset): The IdP object's `type` property identifies the
            social or enterprise IdP used for authentication.
            Each IdP uses a specific protocol, therefore the `protocol` object must correspond with
            the IdP `type`.
            If the protocol is OAuth 2.0-based, the `protocol` object's `scopes` property must also
            correspond with the scopes supported by the IdP `type`.
            For policy actions supported by each IdP type, see [IdP type policy
            actions](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Identi
            tyProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=policy&t=request).

            | Type               | Description
            | Corresponding protocol | Corresponding protocol scopes
            |
            | ------------------ | -------------------------------------------------------------------
            ---------------------------------------------------------------------------------- |
            ---------------------- |
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
            | `OIDC`             | IdP that supports [OpenID Connect](https://openid.net/specs/openid-
            connect-core-1_0.html)                                               | OpenID Connect
            | `openid`, `email`, `profile`                                          |
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[IdentityProvider]
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            after=after,
            limit=limit,
            type_=type_,
        )
    ).parsed
