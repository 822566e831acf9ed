"""Authorization Code flow with PKCE (RFC 7636, S256) on a loopback redirect (RFC 8252).

For a person at a terminal: open the authorize URL in a browser, receive the
redirect on 127.0.0.1, check ``state``, exchange the code, and hand the access
token to the ``Bearer`` mode::

    tokens = authorize_with_pkce(load_config(client_id="0oa...", scopes="okta.users.read"))
    client = OktaClient.from_config(
        authorization_mode="Bearer", token=tokens.access_token, scopes=tokens.scopes
    )
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
import threading
import webbrowser
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx

from .._config import OktaConfig
from .._errors import (
    MissingClientIdError,
    PkceError,
    PkceStateMismatchError,
    TokenEndpointUnreachableError,
)
from .._operation import TOKEN_REQUEST_EXTENSION
from ._oauth import expires_in, granted_scopes, token_response_body

# One hierarchy for everything the client logs (issue 6), whatever module writes it.
logger = logging.getLogger("okta_api.auth.pkce")

_PAGE = b"<!doctype html><title>Okta sign-in</title><p>Signed in. You can close this window.</p>"


@attrs.frozen
class PkceTokens:
    """Tokens from the code exchange. Token values are not in the repr."""

    access_token: str = attrs.field(repr=False)
    token_type: str
    scopes: frozenset[str]
    expires_in: float
    refresh_token: str | None = attrs.field(default=None, repr=False)
    id_token: str | None = attrs.field(default=None, repr=False)


def new_code_verifier() -> str:
    """A random 86-character verifier (RFC 7636 allows 43 to 128)."""
    return secrets.token_urlsafe(64)


def code_challenge(verifier: str) -> str:
    """The S256 challenge: base64url(SHA-256(verifier)) without padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class _Callback:
    """What the loopback listener received on the redirect path."""

    def __init__(self) -> None:
        self.received = threading.Event()
        self.params: dict[str, str] = {}


def _listener(host: str, port: int, path: str, callback: _Callback) -> HTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path != path or callback.received.is_set():
                self.send_error(404)
                return
            callback.params = {key: values[0] for key, values in parse_qs(url.query).items()}
            callback.received.set()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(_PAGE)))
            self.end_headers()
            self.wfile.write(_PAGE)

        def log_message(self, format: str, *args: Any) -> None:
            # The default writes the request line, which holds the authorization code, to stderr.
            pass

    return HTTPServer((host, port), Handler)


def authorize_with_pkce(
    config: OktaConfig,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    redirect_host: str = "127.0.0.1",
    redirect_port: int = 8080,
    redirect_path: str = "/authorization-code/callback",
    timeout: float = 300.0,
    transport: httpx.BaseTransport | None = None,
) -> PkceTokens:
    """Run the Authorization Code flow with PKCE against the org authorization server.

    :param config: supplies ``org_url``, ``client_id`` and the ``scopes`` to request.
    :param open_browser: shows the authorize URL to the user (default: the system browser).
    :param redirect_port: the port of the registered loopback redirect URI; 0 picks a free one.
    :param timeout: seconds to wait for the redirect.
    :param transport: the httpx transport for the code exchange (tests, proxies).
    :raises PkceStateMismatchError: the redirect's ``state`` is not the one sent.
    :raises PkceError: the user or server refused, or no redirect came in time.
    """
    if not config.client_id:
        raise MissingClientIdError("Authorization Code with PKCE")
    verifier = new_code_verifier()
    state = secrets.token_urlsafe(32)
    callback = _Callback()
    server = _listener(redirect_host, redirect_port, redirect_path, callback)
    redirect_uri = f"http://{redirect_host}:{server.server_address[1]}{redirect_path}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        authorize_url = httpx.URL(
            f"{config.org_url}/oauth2/v1/authorize",
            params={
                "client_id": config.client_id,
                "response_type": "code",
                "scope": " ".join(config.scopes),
                "redirect_uri": redirect_uri,
                "state": state,
                "code_challenge": code_challenge(verifier),
                "code_challenge_method": "S256",
            },
        )
        logger.debug("waiting for the authorization redirect on %s", redirect_uri)
        open_browser(str(authorize_url))
        if not callback.received.wait(timeout):
            raise PkceError(f"no authorization redirect reached {redirect_uri} within {timeout:g}s")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    params = callback.params
    if not secrets.compare_digest(params.get("state", ""), state):
        raise PkceStateMismatchError(
            "the authorization redirect carried a different state; the sign-in was not completed"
        )
    if "error" in params:
        detail = params.get("error_description", "")
        raise PkceError(f"authorization failed: {params['error']}" + (f": {detail}" if detail else ""))
    code = params.get("code")
    if not code:
        raise PkceError("the authorization redirect carried no code")
    return _exchange_code(config, code, verifier, redirect_uri, transport)


def _exchange_code(
    config: OktaConfig,
    code: str,
    verifier: str,
    redirect_uri: str,
    transport: httpx.BaseTransport | None,
) -> PkceTokens:
    url = config.token_endpoint
    form = {
        "grant_type": "authorization_code",
        "client_id": config.client_id or "",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": verifier,
    }
    timeout = httpx.Timeout(config.request_timeout or None, connect=config.connection_timeout)
    try:
        with httpx.Client(transport=transport, timeout=timeout) as http:
            response = http.post(
                url,
                data=form,
                headers={"Accept": "application/json"},
                extensions={TOKEN_REQUEST_EXTENSION: True},
            )
    except httpx.TransportError as exc:
        raise TokenEndpointUnreachableError(url, type(exc).__name__) from None
    body = token_response_body(url, response)
    refresh, id_token = body.get("refresh_token"), body.get("id_token")
    tokens = PkceTokens(
        access_token=body["access_token"],
        token_type=str(body.get("token_type", "Bearer")),
        scopes=granted_scopes(body, config.scopes),
        expires_in=expires_in(body),
        refresh_token=refresh if isinstance(refresh, str) else None,
        id_token=id_token if isinstance(id_token, str) else None,
    )
    logger.debug("signed in; scopes %s", " ".join(sorted(tokens.scopes)))
    return tokens
