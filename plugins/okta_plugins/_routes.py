"""Where each request goes: the proxy routes and the TLS verification an ``OktaClient`` uses.

httpx applies ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` only when it builds its own
transport; ``OktaClient`` builds its own (to wrap it in ``OktaTransport``), so it maps the same patterns to
mounts itself, each wrapped too, so that no route skips the credential guard, logging or deadline.
"""

from __future__ import annotations

import ssl
import warnings
from pathlib import Path
from typing import Any

import httpx

# The function httpx itself uses for environment proxies, so the patterns match its behaviour exactly.
from httpx._utils import get_environment_proxies

from ._config import OktaConfig
from ._errors import ConfigError

INSECURE_WARNING = (
    "TLS certificate verification is OFF (okta.client.insecureSkipTlsVerify): anyone on the network path"
    " can read and replay this client's credentials"
)


def proxy_routes(config: OktaConfig, httpx_args: dict[str, Any]) -> dict[str, httpx.URL | str | None]:
    """URL pattern -> proxy URL (``None``: connect directly), in httpx's ``mounts`` pattern syntax.

    ``httpx_args`` ``proxy`` or ``transport`` route everything themselves, as in httpx; then a configured
    ``okta.client.proxy`` wins over the environment, read only if ``trust_env`` (default true).
    """
    if "proxy" in httpx_args or "transport" in httpx_args or "async_transport" in httpx_args:
        return {}
    if config.proxy_url is not None:
        return {"all://": config.proxy_url}
    if httpx_args.get("trust_env", True):
        return dict(get_environment_proxies())
    return {}


def _refuse_unverified(verify: object) -> None:
    unverified = verify is False or (isinstance(verify, ssl.SSLContext) and verify.verify_mode == ssl.CERT_NONE)
    if unverified:
        raise ConfigError(
            "httpx_args must not turn TLS verification off; set okta.client.insecureSkipTlsVerify"
            " (OKTA_CLIENT_INSECURESKIPTLSVERIFY, insecure_skip_tls_verify=True) to do so deliberately"
        )


def tls_verify(config: OktaConfig, httpx_args: dict[str, Any]) -> bool | ssl.SSLContext:
    """The ``verify`` of every transport: a CA bundle's context, ``False`` only by the explicit setting
    (with a warning each time), else ``True`` (certifi, or ``SSL_CERT_FILE``/``SSL_CERT_DIR`` if ``trust_env``)."""
    if "verify" in httpx_args:
        _refuse_unverified(httpx_args["verify"])
    if config.insecure_skip_tls_verify:
        warnings.warn(INSECURE_WARNING, UserWarning, stacklevel=4)
        return False
    if config.ca_bundle is None:
        return True
    path = Path(config.ca_bundle).expanduser()
    try:
        if path.is_dir():
            return ssl.create_default_context(capath=str(path))
        return ssl.create_default_context(cafile=str(path))
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"okta.client.caBundle {str(path)!r} is not a readable PEM bundle: {exc}") from None
