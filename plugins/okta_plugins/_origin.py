"""Where credentials may go: the configured org origin, over https (http only on loopback)."""

from __future__ import annotations

import functools
import ipaddress
import logging

import httpx

from ._errors import ConfigError
from ._redact import redact_url

# One hierarchy for everything the client logs (issue 6), whatever module writes it.
logger = logging.getLogger("okta_api.origin")

CREDENTIAL_HEADERS = ("authorization", "dpop", "proxy-authorization")


# Cached: an http org (a local test server) asks for every request, and ipaddress parses in Python.
@functools.lru_cache(maxsize=256)
def is_loopback_host(host: str) -> bool:
    """Whether ``host`` names this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalize_org_url(url: str) -> str:
    """Validate an org URL and return it as ``scheme://host[:port]``.

    Raises ``ConfigError`` for anything but https, or http on a loopback host.
    """
    shown = redact_url(str(url))  # the URL as it may be quoted: a password or token in it is not
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigError(f"org URL {shown!r} is not a valid URL") from _redacted_cause(exc)
    if not parsed.scheme or not parsed.host:
        raise ConfigError(f"org URL {shown!r} must be absolute, like https://dev-123.okta.com")
    if parsed.userinfo:
        raise ConfigError(f"org URL {shown!r} must not hold a user name or password; configure a token instead")
    if parsed.query or parsed.fragment or parsed.path not in ("", "/"):
        raise ConfigError(f"org URL {shown!r} must be only scheme and host, like https://dev-123.okta.com")
    if parsed.scheme == "http" and not is_loopback_host(parsed.host):
        raise ConfigError(f"org URL {shown!r} must use https (http is allowed only for loopback)")
    if parsed.scheme not in ("https", "http"):
        raise ConfigError(f"org URL {shown!r} must use https")
    return str(parsed.copy_with(path="/")).rstrip("/")


def _redacted_cause(exc: Exception) -> Exception:
    """httpx's parse error may quote the URL: chain one that says only why."""
    return ValueError(f"{type(exc).__name__}: {redact_url(str(exc))}")


class CredentialOrigin:
    """The single origin that may receive credentials."""

    def __init__(self, org_url: str) -> None:
        url = httpx.URL(normalize_org_url(org_url))
        self.url = url
        self._key = self._origin_key(url)
        # The last URL allowed: the auth flow and then the transport ask about the same (immutable) URL
        # object for every request. Held, so its id cannot be reused by another URL.
        self._allowed: httpx.URL | None = None

    @staticmethod
    def _origin_key(url: httpx.URL) -> tuple[str, str, int | None]:
        port = url.port
        if port is None:
            port = {"https": 443, "http": 80}.get(url.scheme)
        return (url.scheme, url.host.lower(), port)

    def allows(self, url: httpx.URL) -> bool:
        """Whether credentials may be sent to ``url``."""
        if url is self._allowed:
            return True
        if url.scheme == "http" and not is_loopback_host(url.host):
            return False
        if self._origin_key(url) != self._key:
            return False
        self._allowed = url
        return True

    def strip_if_foreign(self, request: httpx.Request) -> None:
        """Remove credential headers from ``request`` unless it goes to the org origin."""
        if self.allows(request.url):
            return
        removed = [name for name in CREDENTIAL_HEADERS if name in request.headers]
        for name in removed:
            del request.headers[name]
        if removed:
            logger.warning(
                "removed %s from a request to %s, which is not the org origin",
                "/".join(removed),
                redact_url(request.url.copy_with(query=None, fragment=None)),
            )

    def __repr__(self) -> str:
        return f"CredentialOrigin({str(self.url)!r})"
