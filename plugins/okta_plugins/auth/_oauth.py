"""Reading OAuth 2.0 token-endpoint answers (RFC 6749 section 5)."""

from __future__ import annotations

from typing import Any

import httpx

from .._errors import TokenEndpointError


def oauth_error(response: httpx.Response) -> tuple[str | None, str | None]:
    """The ``error`` and ``error_description`` of an OAuth error body, when present."""
    try:
        body = response.json()
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    error, description = body.get("error"), body.get("error_description")
    return (
        error if isinstance(error, str) else None,
        description if isinstance(description, str) else None,
    )


def token_response_body(url: str, response: httpx.Response) -> dict[str, Any]:
    """The JSON body of a successful token response; ``TokenEndpointError`` otherwise."""
    if response.status_code != 200:
        error, description = oauth_error(response)
        raise TokenEndpointError(url, response.status_code, error, description)
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
        raise TokenEndpointError(url, 200, None, "the response holds no access_token")
    if not body["access_token"]:
        raise TokenEndpointError(url, 200, None, "the response holds an empty access_token")
    return body


def expires_in(body: dict[str, Any], default: float = 3600.0) -> float:
    """The token lifetime in seconds that ``body`` announces."""
    value = body.get("expires_in", default)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default


def granted_scopes(body: dict[str, Any], requested: tuple[str, ...]) -> frozenset[str]:
    """The ``scope`` the server granted, or the requested scopes when it omits it."""
    scope = body.get("scope")
    return frozenset(scope.split()) if isinstance(scope, str) else frozenset(requested)
