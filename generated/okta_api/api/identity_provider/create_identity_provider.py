"""`createIdentityProvider`: POST /api/v1/idps"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.identity_provider import IdentityProvider

OPERATION = Operation(
    operation_id="createIdentityProvider",
    method="POST",
    path="/api/v1/idps",
    tag="IdentityProvider",
    scopes=("okta.idps.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    body: IdentityProvider,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/idps",
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdentityProvider | Error | None:
    from ...models.error import Error
    from ...models.identity_provider import IdentityProvider

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
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
            _convert.checked(client, _convert.parse_body(client, IdentityProvider, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdentityProvider | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityProvider,
) -> Response[IdentityProvider | Error | None]:
    """Create an IdP

     Creates a new identity provider (IdP) integration.

    #### SAML 2.0 IdP

    You must first add the IdP's signature certificate to the IdP key store before you can add a SAML
    2.0 IdP with a `kid` credential reference.

    Don't use `fromURI` to automatically redirect a user to a particular app after successfully
    authenticating with a third-party IdP. Instead, use SAML deep links. Using `fromURI` isn't tested or
    supported. For more information about using deep links when signing users in using an SP-initiated
    flow, see [Understanding SP-Initiated Login
    flow](https://developer.okta.com/docs/concepts/saml/#understanding-sp-initiated-login-flow).

    Use SAML deep links to automatically redirect the user to an app after successfully authenticating
    with a third-party IdP. To use deep links, assemble these three parts into a URL:

    * SP ACS URL<br>
    For example: `https://${yourOktaDomain}/sso/saml2/:idpId`
    * The app to which the user is automatically redirected after successfully authenticating with the
    IdP <br>
    For example: `/app/:app-location/:appId/sso/saml`
    * Optionally, if the app is an outbound SAML app, you can specify the `relayState` passed to it.<br>
    For example: `?RelayState=:anyUrlEncodedValue`

    The deep link for the above three parts is:<br>
    `https://${yourOktaDomain}/sso/saml2/:idpId/app/:app-location/:appId/sso/saml?RelayState=:anyUrlEncodedValue`

    #### Smart Card X509 IdP

    You must first add the IdP's server certificate to the IdP key store before you can add a Smart Card
    `X509` IdP with a `kid` credential reference.
    You need to upload the whole trust chain as a single key using the [Key Store
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProviderKeys/#tag/IdentityProviderKeys/operation/createIdentityProviderKey).
    Depending on the information stored in the smart card, select the proper
    [template](https://developer.okta.com/docs/reference/okta-expression-language/#idp-user-profile)
    `idpuser.subjectAltNameEmail` or `idpuser.subjectAltNameUpn`.

    #### Identity verification vendors as identity providers

    Identity verification (IDV) vendors work like IdPs, with a few key differences. IDV vendors verify
    your user's identities by requiring them to submit a proof of identity. There are many ways to
    verify user identities. For example, a proof of identity can be a selfie to determine liveliness or
    it can be requiring users to submit a photo of their driver's license and matching that information
    with a database.

    There are three IDV vendors (Persona, CLEAR Verified, and Incode) with specific configuration
    settings and another IDV vendor type (Custom IDV) that lets you create a custom IDV vendor, using a
    [standardized IDV process](https://developer.okta.com/docs/guides/idv-integration/main/). You can
    configure each of the IDV vendors as IdPs in your org by creating an account with the vendor, and
    then creating an IdP integration. Control how the IDVs verify your users by using [Okta account
    management policy
    rules](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).

    * [Persona](https://withpersona.com/)

    * [CLEAR Verified](https://www.clearme.com/)

    * [Incode](https://incode.com/)

    * [Custom IDV](https://help.okta.com/okta_help.htm?type=oie&id=idp-add-custom-idv-vendor)

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        body (IdentityProvider):

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[IdentityProvider | Error | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    body: IdentityProvider,
) -> IdentityProvider | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityProvider,
) -> IdentityProvider | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityProvider,
) -> IdentityProvider | Error | None:
    """Create an IdP

     Creates a new identity provider (IdP) integration.

    #### SAML 2.0 IdP

    You must first add the IdP's signature certificate to the IdP key store before you can add a SAML
    2.0 IdP with a `kid` credential reference.

    Don't use `fromURI` to automatically redirect a user to a particular app after successfully
    authenticating with a third-party IdP. Instead, use SAML deep links. Using `fromURI` isn't tested or
    supported. For more information about using deep links when signing users in using an SP-initiated
    flow, see [Understanding SP-Initiated Login
    flow](https://developer.okta.com/docs/concepts/saml/#understanding-sp-initiated-login-flow).

    Use SAML deep links to automatically redirect the user to an app after successfully authenticating
    with a third-party IdP. To use deep links, assemble these three parts into a URL:

    * SP ACS URL<br>
    For example: `https://${yourOktaDomain}/sso/saml2/:idpId`
    * The app to which the user is automatically redirected after successfully authenticating with the
    IdP <br>
    For example: `/app/:app-location/:appId/sso/saml`
    * Optionally, if the app is an outbound SAML app, you can specify the `relayState` passed to it.<br>
    For example: `?RelayState=:anyUrlEncodedValue`

    The deep link for the above three parts is:<br>
    `https://${yourOktaDomain}/sso/saml2/:idpId/app/:app-location/:appId/sso/saml?RelayState=:anyUrlEncodedValue`

    #### Smart Card X509 IdP

    You must first add the IdP's server certificate to the IdP key store before you can add a Smart Card
    `X509` IdP with a `kid` credential reference.
    You need to upload the whole trust chain as a single key using the [Key Store
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProviderKeys/#tag/IdentityProviderKeys/operation/createIdentityProviderKey).
    Depending on the information stored in the smart card, select the proper
    [template](https://developer.okta.com/docs/reference/okta-expression-language/#idp-user-profile)
    `idpuser.subjectAltNameEmail` or `idpuser.subjectAltNameUpn`.

    #### Identity verification vendors as identity providers

    Identity verification (IDV) vendors work like IdPs, with a few key differences. IDV vendors verify
    your user's identities by requiring them to submit a proof of identity. There are many ways to
    verify user identities. For example, a proof of identity can be a selfie to determine liveliness or
    it can be requiring users to submit a photo of their driver's license and matching that information
    with a database.

    There are three IDV vendors (Persona, CLEAR Verified, and Incode) with specific configuration
    settings and another IDV vendor type (Custom IDV) that lets you create a custom IDV vendor, using a
    [standardized IDV process](https://developer.okta.com/docs/guides/idv-integration/main/). You can
    configure each of the IDV vendors as IdPs in your org by creating an account with the vendor, and
    then creating an IdP integration. Control how the IDVs verify your users by using [Okta account
    management policy
    rules](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).

    * [Persona](https://withpersona.com/)

    * [CLEAR Verified](https://www.clearme.com/)

    * [Incode](https://incode.com/)

    * [Custom IDV](https://help.okta.com/okta_help.htm?type=oie&id=idp-add-custom-idv-vendor)

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        body (IdentityProvider):

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        IdentityProvider | Error | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityProvider,
) -> Response[IdentityProvider | Error | None]:
    """Create an IdP

     Creates a new identity provider (IdP) integration.

    #### SAML 2.0 IdP

    You must first add the IdP's signature certificate to the IdP key store before you can add a SAML
    2.0 IdP with a `kid` credential reference.

    Don't use `fromURI` to automatically redirect a user to a particular app after successfully
    authenticating with a third-party IdP. Instead, use SAML deep links. Using `fromURI` isn't tested or
    supported. For more information about using deep links when signing users in using an SP-initiated
    flow, see [Understanding SP-Initiated Login
    flow](https://developer.okta.com/docs/concepts/saml/#understanding-sp-initiated-login-flow).

    Use SAML deep links to automatically redirect the user to an app after successfully authenticating
    with a third-party IdP. To use deep links, assemble these three parts into a URL:

    * SP ACS URL<br>
    For example: `https://${yourOktaDomain}/sso/saml2/:idpId`
    * The app to which the user is automatically redirected after successfully authenticating with the
    IdP <br>
    For example: `/app/:app-location/:appId/sso/saml`
    * Optionally, if the app is an outbound SAML app, you can specify the `relayState` passed to it.<br>
    For example: `?RelayState=:anyUrlEncodedValue`

    The deep link for the above three parts is:<br>
    `https://${yourOktaDomain}/sso/saml2/:idpId/app/:app-location/:appId/sso/saml?RelayState=:anyUrlEncodedValue`

    #### Smart Card X509 IdP

    You must first add the IdP's server certificate to the IdP key store before you can add a Smart Card
    `X509` IdP with a `kid` credential reference.
    You need to upload the whole trust chain as a single key using the [Key Store
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProviderKeys/#tag/IdentityProviderKeys/operation/createIdentityProviderKey).
    Depending on the information stored in the smart card, select the proper
    [template](https://developer.okta.com/docs/reference/okta-expression-language/#idp-user-profile)
    `idpuser.subjectAltNameEmail` or `idpuser.subjectAltNameUpn`.

    #### Identity verification vendors as identity providers

    Identity verification (IDV) vendors work like IdPs, with a few key differences. IDV vendors verify
    your user's identities by requiring them to submit a proof of identity. There are many ways to
    verify user identities. For example, a proof of identity can be a selfie to determine liveliness or
    it can be requiring users to submit a photo of their driver's license and matching that information
    with a database.

    There are three IDV vendors (Persona, CLEAR Verified, and Incode) with specific configuration
    settings and another IDV vendor type (Custom IDV) that lets you create a custom IDV vendor, using a
    [standardized IDV process](https://developer.okta.com/docs/guides/idv-integration/main/). You can
    configure each of the IDV vendors as IdPs in your org by creating an account with the vendor, and
    then creating an IdP integration. Control how the IDVs verify your users by using [Okta account
    management policy
    rules](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).

    * [Persona](https://withpersona.com/)

    * [CLEAR Verified](https://www.clearme.com/)

    * [Incode](https://incode.com/)

    * [Custom IDV](https://help.okta.com/okta_help.htm?type=oie&id=idp-add-custom-idv-vendor)

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        body (IdentityProvider):

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[IdentityProvider | Error | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    body: IdentityProvider,
) -> IdentityProvider | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityProvider,
) -> IdentityProvider | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityProvider,
) -> IdentityProvider | Error | None:
    """Create an IdP

     Creates a new identity provider (IdP) integration.

    #### SAML 2.0 IdP

    You must first add the IdP's signature certificate to the IdP key store before you can add a SAML
    2.0 IdP with a `kid` credential reference.

    Don't use `fromURI` to automatically redirect a user to a particular app after successfully
    authenticating with a third-party IdP. Instead, use SAML deep links. Using `fromURI` isn't tested or
    supported. For more information about using deep links when signing users in using an SP-initiated
    flow, see [Understanding SP-Initiated Login
    flow](https://developer.okta.com/docs/concepts/saml/#understanding-sp-initiated-login-flow).

    Use SAML deep links to automatically redirect the user to an app after successfully authenticating
    with a third-party IdP. To use deep links, assemble these three parts into a URL:

    * SP ACS URL<br>
    For example: `https://${yourOktaDomain}/sso/saml2/:idpId`
    * The app to which the user is automatically redirected after successfully authenticating with the
    IdP <br>
    For example: `/app/:app-location/:appId/sso/saml`
    * Optionally, if the app is an outbound SAML app, you can specify the `relayState` passed to it.<br>
    For example: `?RelayState=:anyUrlEncodedValue`

    The deep link for the above three parts is:<br>
    `https://${yourOktaDomain}/sso/saml2/:idpId/app/:app-location/:appId/sso/saml?RelayState=:anyUrlEncodedValue`

    #### Smart Card X509 IdP

    You must first add the IdP's server certificate to the IdP key store before you can add a Smart Card
    `X509` IdP with a `kid` credential reference.
    You need to upload the whole trust chain as a single key using the [Key Store
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProviderKeys/#tag/IdentityProviderKeys/operation/createIdentityProviderKey).
    Depending on the information stored in the smart card, select the proper
    [template](https://developer.okta.com/docs/reference/okta-expression-language/#idp-user-profile)
    `idpuser.subjectAltNameEmail` or `idpuser.subjectAltNameUpn`.

    #### Identity verification vendors as identity providers

    Identity verification (IDV) vendors work like IdPs, with a few key differences. IDV vendors verify
    your user's identities by requiring them to submit a proof of identity. There are many ways to
    verify user identities. For example, a proof of identity can be a selfie to determine liveliness or
    it can be requiring users to submit a photo of their driver's license and matching that information
    with a database.

    There are three IDV vendors (Persona, CLEAR Verified, and Incode) with specific configuration
    settings and another IDV vendor type (Custom IDV) that lets you create a custom IDV vendor, using a
    [standardized IDV process](https://developer.okta.com/docs/guides/idv-integration/main/). You can
    configure each of the IDV vendors as IdPs in your org by creating an account with the vendor, and
    then creating an IdP integration. Control how the IDVs verify your users by using [Okta account
    management policy
    rules](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).

    * [Persona](https://withpersona.com/)

    * [CLEAR Verified](https://www.clearme.com/)

    * [Incode](https://incode.com/)

    * [Custom IDV](https://help.okta.com/okta_help.htm?type=oie&id=idp-add-custom-idv-vendor)

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        body (IdentityProvider):

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        IdentityProvider | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
