"""`enrollFactor`: POST /api/v1/users/{userId}/factors"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.user_factor import UserFactor

OPERATION = Operation(
    operation_id="enrollFactor",
    method="POST",
    path="/api/v1/users/{userId}/factors",
    tag="UserFactor",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    user_id: str,
    *,
    body: UserFactor,
    update_phone: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    activate: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["updatePhone"] = update_phone

    params["templateId"] = template_id

    params["tokenLifetimeSeconds"] = token_lifetime_seconds

    params["activate"] = activate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserFactor | Error | None:
    from ...models.error import Error
    from ...models.user_factor import UserFactor

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 403:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 404:
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
            _convert.checked(client, _convert.parse_body(client, UserFactor, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserFactor | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactor,
    update_phone: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    activate: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[UserFactor | Error | None]:
    """Enroll a factor

     Enrolls a supported factor for the specified user

    > **Notes:**
    >   * All responses return the enrolled factor with a status of either `PENDING_ACTIVATION` or
    `ACTIVE`.
    >   * You can't use the Factors API to enroll Okta FastPass (`signed_nonce`) for a user. See
    [Configure Okta FastPass](https://help.okta.com/okta_help.htm?type=oie&id=ext-fp-configure).

    #### Additional SMS/Call factor information

    * **Rate limits**: Okta may return a `429 Too Many Requests` status code if you attempt to resend an
    SMS or a voice call challenge (OTP) within the same time window. The current [rate
    limit](https://developer.okta.com/docs/reference/rate-limits/) is one SMS/CALL challenge per phone
    number every 30 seconds.

    * **Existing phone numbers**: Okta may return a `400 Bad Request` status code if a user attempts to
    enroll with a different phone number when the user has an existing mobile phone or has an existing
    phone with voice call capability. A user can enroll only one mobile phone for `sms` and enroll only
    one voice call capable phone for `call` factor.

    #### Additional WebAuthn factor information

    * For detailed information on the WebAuthn standard, including an up-to-date list of supported
    browsers, see [webauthn.me](https://a0.to/webauthnme-okta-docs).

    * When you enroll a WebAuthn factor, the `activation` object in `_embedded` contains properties used
    to help the client to create a new WebAuthn credential for use with Okta. See the [WebAuthn spec for
    PublicKeyCredentialCreationOptions](https://www.w3.org/TR/webauthn/#dictionary-makecredentialoptions).

    * As of the `2026.04.0` release, the FIDO2 (WebAuthn) authenticator is now called Passkey (FIDO2
    WebAuthn) and there are new settings and updates to the authenticator page layout. There have been
    no changes to any existing parameter names, values, or endpoint paths. For example, the `factorType`
    for the Passkey (FIDO2 WebAuthn) authenticator is still `webauthn`. See [Passkeys and
    WebAuthn](https://developer.okta.com/docs/guides/authenticators-web-authn/aspnet/main/#passkeys-and-webauthn).


    #### Additional Custom TOTP factor information

    * The enrollment process involves passing both the `factorProfileId` and `sharedSecret` properties
    for a token.

    * A factor profile represents a particular configuration of the Custom TOTP factor. It includes
    certain properties that match the hardware token that end users possess, such as the HMAC algorithm,
    passcode length, and time interval. There can be multiple Custom TOTP factor profiles per org, but
    users can only enroll in one Custom TOTP factor. Admins can [create Custom TOTP factor
    profiles](https://help.okta.com/okta_help.htm?id=ext-mfa-totp) in the Admin Console. Then, copy the
    `factorProfileId` from the Admin Console into the API request.

    * <x-lifecycle class="oie"></x-lifecycle>
    For Custom TOTP enrollment, Okta automaticaly enrolls a user with a `token:software:totp` factor and
    the `push` factor if the user isn't currently enrolled with these factors.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        update_phone (bool | Unset): If `true`, indicates that you are replacing the currently
            registered phone number for the specified user. This parameter is ignored if the
            existing phone number is used by an activated factor. Okta's default: False.
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors. If the provided ID doesn't exist,
            the default template is used instead.
        token_lifetime_seconds (int | Unset): Defines how long the token remains valid Okta's
            default: 300.
        activate (bool | Unset): If `true`, the factor is immediately activated as part of the
            enrollment. An activation process isn't required. Currently auto-activation is
            supported by `sms`, `call`, `email` and `token:hotp` (Custom TOTP) factors. Okta's
            default: False.
        accept_language (str | Unset): An ISO 639-1 two-letter language code that defines a
            localized message to send. This parameter is only used by `sms` factors. If a
            localized message doesn't exist or the `templateId` is incorrect, the default template
            is used instead.
        body (UserFactor):

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
        Response[UserFactor | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        update_phone=update_phone,
        template_id=template_id,
        token_lifetime_seconds=token_lifetime_seconds,
        activate=activate,
        accept_language=accept_language,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    *,
    client: RaisingClient,
    body: UserFactor,
    update_phone: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    activate: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactor | None: ...


@overload
def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactor,
    update_phone: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    activate: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactor | Error | None: ...


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactor,
    update_phone: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    activate: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactor | Error | None:
    """Enroll a factor

     Enrolls a supported factor for the specified user

    > **Notes:**
    >   * All responses return the enrolled factor with a status of either `PENDING_ACTIVATION` or
    `ACTIVE`.
    >   * You can't use the Factors API to enroll Okta FastPass (`signed_nonce`) for a user. See
    [Configure Okta FastPass](https://help.okta.com/okta_help.htm?type=oie&id=ext-fp-configure).

    #### Additional SMS/Call factor information

    * **Rate limits**: Okta may return a `429 Too Many Requests` status code if you attempt to resend an
    SMS or a voice call challenge (OTP) within the same time window. The current [rate
    limit](https://developer.okta.com/docs/reference/rate-limits/) is one SMS/CALL challenge per phone
    number every 30 seconds.

    * **Existing phone numbers**: Okta may return a `400 Bad Request` status code if a user attempts to
    enroll with a different phone number when the user has an existing mobile phone or has an existing
    phone with voice call capability. A user can enroll only one mobile phone for `sms` and enroll only
    one voice call capable phone for `call` factor.

    #### Additional WebAuthn factor information

    * For detailed information on the WebAuthn standard, including an up-to-date list of supported
    browsers, see [webauthn.me](https://a0.to/webauthnme-okta-docs).

    * When you enroll a WebAuthn factor, the `activation` object in `_embedded` contains properties used
    to help the client to create a new WebAuthn credential for use with Okta. See the [WebAuthn spec for
    PublicKeyCredentialCreationOptions](https://www.w3.org/TR/webauthn/#dictionary-makecredentialoptions).

    * As of the `2026.04.0` release, the FIDO2 (WebAuthn) authenticator is now called Passkey (FIDO2
    WebAuthn) and there are new settings and updates to the authenticator page layout. There have been
    no changes to any existing parameter names, values, or endpoint paths. For example, the `factorType`
    for the Passkey (FIDO2 WebAuthn) authenticator is still `webauthn`. See [Passkeys and
    WebAuthn](https://developer.okta.com/docs/guides/authenticators-web-authn/aspnet/main/#passkeys-and-webauthn).


    #### Additional Custom TOTP factor information

    * The enrollment process involves passing both the `factorProfileId` and `sharedSecret` properties
    for a token.

    * A factor profile represents a particular configuration of the Custom TOTP factor. It includes
    certain properties that match the hardware token that end users possess, such as the HMAC algorithm,
    passcode length, and time interval. There can be multiple Custom TOTP factor profiles per org, but
    users can only enroll in one Custom TOTP factor. Admins can [create Custom TOTP factor
    profiles](https://help.okta.com/okta_help.htm?id=ext-mfa-totp) in the Admin Console. Then, copy the
    `factorProfileId` from the Admin Console into the API request.

    * <x-lifecycle class="oie"></x-lifecycle>
    For Custom TOTP enrollment, Okta automaticaly enrolls a user with a `token:software:totp` factor and
    the `push` factor if the user isn't currently enrolled with these factors.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        update_phone (bool | Unset): If `true`, indicates that you are replacing the currently
            registered phone number for the specified user. This parameter is ignored if the
            existing phone number is used by an activated factor. Okta's default: False.
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors. If the provided ID doesn't exist,
            the default template is used instead.
        token_lifetime_seconds (int | Unset): Defines how long the token remains valid Okta's
            default: 300.
        activate (bool | Unset): If `true`, the factor is immediately activated as part of the
            enrollment. An activation process isn't required. Currently auto-activation is
            supported by `sms`, `call`, `email` and `token:hotp` (Custom TOTP) factors. Okta's
            default: False.
        accept_language (str | Unset): An ISO 639-1 two-letter language code that defines a
            localized message to send. This parameter is only used by `sms` factors. If a
            localized message doesn't exist or the `templateId` is incorrect, the default template
            is used instead.
        body (UserFactor):

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
        UserFactor | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        update_phone=update_phone,
        template_id=template_id,
        token_lifetime_seconds=token_lifetime_seconds,
        activate=activate,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactor,
    update_phone: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    activate: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[UserFactor | Error | None]:
    """Enroll a factor

     Enrolls a supported factor for the specified user

    > **Notes:**
    >   * All responses return the enrolled factor with a status of either `PENDING_ACTIVATION` or
    `ACTIVE`.
    >   * You can't use the Factors API to enroll Okta FastPass (`signed_nonce`) for a user. See
    [Configure Okta FastPass](https://help.okta.com/okta_help.htm?type=oie&id=ext-fp-configure).

    #### Additional SMS/Call factor information

    * **Rate limits**: Okta may return a `429 Too Many Requests` status code if you attempt to resend an
    SMS or a voice call challenge (OTP) within the same time window. The current [rate
    limit](https://developer.okta.com/docs/reference/rate-limits/) is one SMS/CALL challenge per phone
    number every 30 seconds.

    * **Existing phone numbers**: Okta may return a `400 Bad Request` status code if a user attempts to
    enroll with a different phone number when the user has an existing mobile phone or has an existing
    phone with voice call capability. A user can enroll only one mobile phone for `sms` and enroll only
    one voice call capable phone for `call` factor.

    #### Additional WebAuthn factor information

    * For detailed information on the WebAuthn standard, including an up-to-date list of supported
    browsers, see [webauthn.me](https://a0.to/webauthnme-okta-docs).

    * When you enroll a WebAuthn factor, the `activation` object in `_embedded` contains properties used
    to help the client to create a new WebAuthn credential for use with Okta. See the [WebAuthn spec for
    PublicKeyCredentialCreationOptions](https://www.w3.org/TR/webauthn/#dictionary-makecredentialoptions).

    * As of the `2026.04.0` release, the FIDO2 (WebAuthn) authenticator is now called Passkey (FIDO2
    WebAuthn) and there are new settings and updates to the authenticator page layout. There have been
    no changes to any existing parameter names, values, or endpoint paths. For example, the `factorType`
    for the Passkey (FIDO2 WebAuthn) authenticator is still `webauthn`. See [Passkeys and
    WebAuthn](https://developer.okta.com/docs/guides/authenticators-web-authn/aspnet/main/#passkeys-and-webauthn).


    #### Additional Custom TOTP factor information

    * The enrollment process involves passing both the `factorProfileId` and `sharedSecret` properties
    for a token.

    * A factor profile represents a particular configuration of the Custom TOTP factor. It includes
    certain properties that match the hardware token that end users possess, such as the HMAC algorithm,
    passcode length, and time interval. There can be multiple Custom TOTP factor profiles per org, but
    users can only enroll in one Custom TOTP factor. Admins can [create Custom TOTP factor
    profiles](https://help.okta.com/okta_help.htm?id=ext-mfa-totp) in the Admin Console. Then, copy the
    `factorProfileId` from the Admin Console into the API request.

    * <x-lifecycle class="oie"></x-lifecycle>
    For Custom TOTP enrollment, Okta automaticaly enrolls a user with a `token:software:totp` factor and
    the `push` factor if the user isn't currently enrolled with these factors.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        update_phone (bool | Unset): If `true`, indicates that you are replacing the currently
            registered phone number for the specified user. This parameter is ignored if the
            existing phone number is used by an activated factor. Okta's default: False.
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors. If the provided ID doesn't exist,
            the default template is used instead.
        token_lifetime_seconds (int | Unset): Defines how long the token remains valid Okta's
            default: 300.
        activate (bool | Unset): If `true`, the factor is immediately activated as part of the
            enrollment. An activation process isn't required. Currently auto-activation is
            supported by `sms`, `call`, `email` and `token:hotp` (Custom TOTP) factors. Okta's
            default: False.
        accept_language (str | Unset): An ISO 639-1 two-letter language code that defines a
            localized message to send. This parameter is only used by `sms` factors. If a
            localized message doesn't exist or the `templateId` is incorrect, the default template
            is used instead.
        body (UserFactor):

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
        Response[UserFactor | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        update_phone=update_phone,
        template_id=template_id,
        token_lifetime_seconds=token_lifetime_seconds,
        activate=activate,
        accept_language=accept_language,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    *,
    client: RaisingClient,
    body: UserFactor,
    update_phone: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    activate: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactor | None: ...


@overload
async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactor,
    update_phone: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    activate: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactor | Error | None: ...


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactor,
    update_phone: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    activate: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactor | Error | None:
    """Enroll a factor

     Enrolls a supported factor for the specified user

    > **Notes:**
    >   * All responses return the enrolled factor with a status of either `PENDING_ACTIVATION` or
    `ACTIVE`.
    >   * You can't use the Factors API to enroll Okta FastPass (`signed_nonce`) for a user. See
    [Configure Okta FastPass](https://help.okta.com/okta_help.htm?type=oie&id=ext-fp-configure).

    #### Additional SMS/Call factor information

    * **Rate limits**: Okta may return a `429 Too Many Requests` status code if you attempt to resend an
    SMS or a voice call challenge (OTP) within the same time window. The current [rate
    limit](https://developer.okta.com/docs/reference/rate-limits/) is one SMS/CALL challenge per phone
    number every 30 seconds.

    * **Existing phone numbers**: Okta may return a `400 Bad Request` status code if a user attempts to
    enroll with a different phone number when the user has an existing mobile phone or has an existing
    phone with voice call capability. A user can enroll only one mobile phone for `sms` and enroll only
    one voice call capable phone for `call` factor.

    #### Additional WebAuthn factor information

    * For detailed information on the WebAuthn standard, including an up-to-date list of supported
    browsers, see [webauthn.me](https://a0.to/webauthnme-okta-docs).

    * When you enroll a WebAuthn factor, the `activation` object in `_embedded` contains properties used
    to help the client to create a new WebAuthn credential for use with Okta. See the [WebAuthn spec for
    PublicKeyCredentialCreationOptions](https://www.w3.org/TR/webauthn/#dictionary-makecredentialoptions).

    * As of the `2026.04.0` release, the FIDO2 (WebAuthn) authenticator is now called Passkey (FIDO2
    WebAuthn) and there are new settings and updates to the authenticator page layout. There have been
    no changes to any existing parameter names, values, or endpoint paths. For example, the `factorType`
    for the Passkey (FIDO2 WebAuthn) authenticator is still `webauthn`. See [Passkeys and
    WebAuthn](https://developer.okta.com/docs/guides/authenticators-web-authn/aspnet/main/#passkeys-and-webauthn).


    #### Additional Custom TOTP factor information

    * The enrollment process involves passing both the `factorProfileId` and `sharedSecret` properties
    for a token.

    * A factor profile represents a particular configuration of the Custom TOTP factor. It includes
    certain properties that match the hardware token that end users possess, such as the HMAC algorithm,
    passcode length, and time interval. There can be multiple Custom TOTP factor profiles per org, but
    users can only enroll in one Custom TOTP factor. Admins can [create Custom TOTP factor
    profiles](https://help.okta.com/okta_help.htm?id=ext-mfa-totp) in the Admin Console. Then, copy the
    `factorProfileId` from the Admin Console into the API request.

    * <x-lifecycle class="oie"></x-lifecycle>
    For Custom TOTP enrollment, Okta automaticaly enrolls a user with a `token:software:totp` factor and
    the `push` factor if the user isn't currently enrolled with these factors.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        update_phone (bool | Unset): If `true`, indicates that you are replacing the currently
            registered phone number for the specified user. This parameter is ignored if the
            existing phone number is used by an activated factor. Okta's default: False.
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors. If the provided ID doesn't exist,
            the default template is used instead.
        token_lifetime_seconds (int | Unset): Defines how long the token remains valid Okta's
            default: 300.
        activate (bool | Unset): If `true`, the factor is immediately activated as part of the
            enrollment. An activation process isn't required. Currently auto-activation is
            supported by `sms`, `call`, `email` and `token:hotp` (Custom TOTP) factors. Okta's
            default: False.
        accept_language (str | Unset): An ISO 639-1 two-letter language code that defines a
            localized message to send. This parameter is only used by `sms` factors. If a
            localized message doesn't exist or the `templateId` is incorrect, the default template
            is used instead.
        body (UserFactor):

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
        UserFactor | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            update_phone=update_phone,
            template_id=template_id,
            token_lifetime_seconds=token_lifetime_seconds,
            activate=activate,
            accept_language=accept_language,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
