"""The Okta Management API client: import the client, its configuration, pagination and errors from here.

Operations and models are generated in ``okta_api`` (``from okta_api.api.user import list_users``);
the plugin layer (hooks, ``hookimpl``) is ``okta_plugins``. Every failure of a call raises an
``OktaError``. Names load on first use, so importing this package costs next to nothing::

    from okta_api.api.user import list_users
    from okta_client import OktaClient, NotFoundError, paginate

    client = OktaClient.from_config()
    for user in paginate(list_users, client=client, limit=200):
        print(user.profile.login)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from okta_api.errors import (
        InvalidArgument,
        OktaError,
        ResponseParseError,
        ResponseShapeError,
        ResponseTypeError,
        UnexpectedStatus,
    )
    from okta_plugins._client import OktaClient
    from okta_plugins._config import OktaConfig, OktaSettings, load_config
    from okta_plugins._errors import (
        AuthError,
        BadRequestError,
        ConfigError,
        ConflictError,
        ForbiddenError,
        ForeignNextLinkError,
        InsufficientScopeError,
        InvalidPrivateKeyError,
        MissingClientIdError,
        MissingCredentialError,
        MissingScopeError,
        NoAuthPluginError,
        NotFoundError,
        OktaApiError,
        OktaConnectionError,
        OktaPluginsError,
        OktaTimeoutError,
        OktaTransportError,
        OperationPathError,
        PaginationError,
        PkceError,
        PkceStateMismatchError,
        PluginError,
        PluginHookError,
        PluginLoadError,
        PluginSettingsError,
        RateLimitError,
        ResponseDecodeError,
        ServerError,
        TokenEndpointError,
        TokenEndpointUnreachableError,
        UnauthorizedError,
        UnsupportedKeyAlgorithmError,
        error_for_response,
    )
    from okta_plugins._pagination import Pages, paginate
    from okta_plugins.auth.pkce import PkceTokens, authorize_with_pkce
    from okta_plugins.certificates import publish_certificate, publish_certificate_async
    from okta_plugins.passwords import forgot_password, forgot_password_async
    from okta_plugins.serializers.errors import (
        BodyError,
        CertificateError,
        CertificateExpiredError,
        CertificateKeyMismatchError,
        CertificatePublishError,
        CsrUnavailableError,
        ImageTooLargeError,
        ImageTypeError,
        ImageUploadError,
        NotACertificateError,
    )
    from okta_plugins.serializers.saml import SamlMetadataError
    from okta_plugins.types import Operation

__all__ = [
    "AuthError",
    "BadRequestError",
    "BodyError",
    "CertificateError",
    "CertificateExpiredError",
    "CertificateKeyMismatchError",
    "CertificatePublishError",
    "ConfigError",
    "ConflictError",
    "CsrUnavailableError",
    "ForbiddenError",
    "ForeignNextLinkError",
    "ImageTooLargeError",
    "ImageTypeError",
    "ImageUploadError",
    "InsufficientScopeError",
    "InvalidArgument",
    "InvalidPrivateKeyError",
    "MissingClientIdError",
    "MissingCredentialError",
    "MissingScopeError",
    "NoAuthPluginError",
    "NotACertificateError",
    "NotFoundError",
    "OktaApiError",
    "OktaClient",
    "OktaConfig",
    "OktaConnectionError",
    "OktaError",
    "OktaPluginsError",
    "OktaSettings",
    "OktaTimeoutError",
    "OktaTransportError",
    "Operation",
    "OperationPathError",
    "Pages",
    "PaginationError",
    "PkceError",
    "PkceStateMismatchError",
    "PkceTokens",
    "PluginError",
    "PluginHookError",
    "PluginLoadError",
    "PluginSettingsError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseParseError",
    "ResponseShapeError",
    "ResponseTypeError",
    "SamlMetadataError",
    "ServerError",
    "TokenEndpointError",
    "TokenEndpointUnreachableError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnsupportedKeyAlgorithmError",
    "authorize_with_pkce",
    "error_for_response",
    "forgot_password",
    "forgot_password_async",
    "load_config",
    "paginate",
    "publish_certificate",
    "publish_certificate_async",
]

_DEFINED_IN: dict[str, str] = {
    "okta_plugins._client": "OktaClient",
    "okta_plugins._config": "OktaConfig OktaSettings load_config",
    "okta_plugins._pagination": "Pages paginate",
    "okta_plugins.types": "Operation",
    "okta_plugins.certificates": "publish_certificate publish_certificate_async",
    "okta_plugins.auth.pkce": "PkceTokens authorize_with_pkce",
    "okta_plugins.passwords": "forgot_password forgot_password_async",
    "okta_api.errors": (
        "InvalidArgument OktaError ResponseParseError ResponseShapeError ResponseTypeError UnexpectedStatus"
    ),
    "okta_plugins._errors": (
        "AuthError BadRequestError ConfigError ConflictError ForbiddenError ForeignNextLinkError "
        "InsufficientScopeError InvalidPrivateKeyError MissingClientIdError MissingCredentialError "
        "MissingScopeError NoAuthPluginError NotFoundError OktaApiError OktaConnectionError OktaPluginsError "
        "OktaTimeoutError OktaTransportError OperationPathError PaginationError PkceError "
        "PkceStateMismatchError PluginError PluginHookError PluginLoadError PluginSettingsError "
        "RateLimitError ResponseDecodeError ServerError TokenEndpointError "
        "TokenEndpointUnreachableError UnauthorizedError UnsupportedKeyAlgorithmError error_for_response"
    ),
    "okta_plugins.serializers.errors": (
        "BodyError CertificateError CertificateExpiredError CertificateKeyMismatchError "
        "CertificatePublishError CsrUnavailableError ImageTooLargeError ImageTypeError ImageUploadError "
        "NotACertificateError"
    ),
    "okta_plugins.serializers.saml": "SamlMetadataError",
}
"""Module -> the public names it defines (space-separated); each is imported on first use."""

_MODULES = {name: module for module, names in _DEFINED_IN.items() for name in names.split()}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
