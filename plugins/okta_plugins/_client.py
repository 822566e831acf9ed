"""``OktaClient``: the generated ``Client`` wired to configuration and plugins.

Follow ``org_url`` from configuration to the wire: ``load_config`` normalizes
it, it becomes the httpx ``base_url`` and the only ``CredentialOrigin``, and the
token endpoint is derived from it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any, Self, Unpack

import attrs
import httpx
from okta_api.client import RaisingClient

from ._clock import Clock, SystemClock
from ._config import OktaConfig, OktaSettings, load_config
from ._errors import ConfigError, NoAuthPluginError
from ._facade import OktaHooks
from ._logging import install_log_redaction
from ._origin import CredentialOrigin
from ._pacing import Pacer
from ._pipeline import OperationAuth
from ._retrying_client import AsyncRetryingClient, Retrier, RetryingClient
from ._routes import proxy_routes, tls_verify
from ._transport import AsyncOktaTransport, OktaTransport, pool_options
from .serializers._wire import AsyncSerializingClient, SerializingClient

USER_AGENT = "okta-plugins/0.1"


class _HttpClient(RetryingClient, SerializingClient):
    """The sync httpx client: the retry loop around each send, bodies through the serializer hooks."""


class _AsyncHttpClient(AsyncRetryingClient, AsyncSerializingClient):
    """Async twin of ``_HttpClient``."""


def _mounted(pattern: str, mounted: object) -> httpx.BaseTransport:
    if not isinstance(mounted, httpx.BaseTransport):
        raise ConfigError(f"httpx_args mounts[{pattern!r}] is not an httpx.BaseTransport: {type(mounted).__name__}")
    return mounted


def _mounted_async(pattern: str, mounted: object) -> httpx.AsyncBaseTransport:
    if not isinstance(mounted, httpx.AsyncBaseTransport):
        raise ConfigError(
            f"httpx_args mounts[{pattern!r}] is not an httpx.AsyncBaseTransport: {type(mounted).__name__}"
        )
    return mounted


def timeout_of(config: OktaConfig) -> httpx.Timeout:
    """Per-attempt timeouts: ``connectionTimeout`` to connect, ``readTimeout`` per read and write,
    each capped by ``requestTimeout`` (the whole call's deadline); 0 means no limit."""

    def capped(seconds: float) -> float | None:
        limits = [limit for limit in (seconds, config.request_timeout) if limit > 0]
        return min(limits) if limits else None

    connect, read = capped(config.connection_timeout), capped(config.read_timeout)
    return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)


@attrs.define
class OktaClient(RaisingClient):
    """A generated-API client whose requests go through the ``okta_plugins`` hooks.

    Build one with ``OktaClient.from_config()``; pass it as ``client=`` to any
    generated endpoint function, sync or async.
    """

    _config: OktaConfig = attrs.field(kw_only=True, alias="config")
    _hooks: OktaHooks = attrs.field(kw_only=True, alias="hooks", repr=False)
    _credential: httpx.Auth = attrs.field(kw_only=True, alias="credential")
    _clock: Clock = attrs.field(factory=SystemClock, kw_only=True, alias="clock", repr=False)
    _retrier: Retrier | None = attrs.field(default=None, init=False, repr=False)
    _build_lock: threading.Lock = attrs.field(factory=threading.Lock, init=False, repr=False)

    def __repr__(self) -> str:
        # Not the attrs repr: headers and httpx_args may hold credentials a caller added.
        return (
            f"OktaClient(org_url={self._config.org_url!r}, "
            f"authorization_mode={self._config.authorization_mode!r}, credential={self._credential!r})"
        )

    @classmethod
    def from_config(
        cls,
        *,
        plugins: Iterable[object] = (),
        httpx_args: dict[str, Any] | None = None,
        clock: Clock | None = None,
        **overrides: Unpack[OktaSettings],
    ) -> OktaClient:
        """Build a client from every configuration source; ``overrides`` win.

        :param plugins: plugin objects to register after the installed ones.
        :param httpx_args: extra ``httpx.Client`` arguments (e.g. ``transport``); ``verify=False`` is
            refused: set ``insecure_skip_tls_verify`` instead.
        :param clock: where retries and pacing read the time and sleep (tests pass a fake one).
        :param overrides: ``OktaConfig`` fields, such as ``org_url``, ``token`` or ``max_retries``
            (``OktaSettings``; the README's configuration table lists them all); and
            ``plugin_settings={"<plugin>": {"<key>": value}}`` for plugins' own settings.
        """
        return cls.from_okta_config(load_config(**overrides), plugins=plugins, httpx_args=httpx_args, clock=clock)

    @classmethod
    def from_okta_config(
        cls,
        config: OktaConfig,
        *,
        plugins: Iterable[object] = (),
        httpx_args: dict[str, Any] | None = None,
        clock: Clock | None = None,
    ) -> OktaClient:
        """Build a client from a finished ``OktaConfig``."""
        # Imported here so that importing OktaClient does not import pluggy or the built-ins.
        from ._manager import build_plugin_manager

        manager = build_plugin_manager(
            config.plugins_block, config.plugins_only, plugins, skip_broken=config.plugins_skip_broken
        )
        hooks = OktaHooks(manager)
        config = hooks.plugin_settings(config)
        hooks.configure(config)
        credential = hooks.auth(config=config, mode=config.authorization_mode)
        if credential is None:
            raise NoAuthPluginError(config.authorization_mode)
        install_log_redaction()
        args = dict(httpx_args or {})
        if "auth" in args or "base_url" in args:
            raise ConfigError("httpx_args must not set auth or base_url; OktaClient sets them")
        user_agent = f"{USER_AGENT} {config.user_agent}" if config.user_agent else USER_AGENT
        fields: dict[str, Any] = {
            "base_url": config.org_url,
            "headers": {"User-Agent": user_agent, "Accept": "application/json"},
            "verify_ssl": tls_verify(config, args),
            "timeout": timeout_of(config),
            "clock": clock or SystemClock(),
            "httpx_args": args,
            "config": config,
            "hooks": hooks,
            "credential": credential,
        }
        return cls(**fields)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends ``headers`` (to the org origin only if secret)."""
        copy = super().with_headers(headers)
        if not isinstance(copy, type(self)):  # pragma: no cover - the template uses attrs.evolve
            raise TypeError("with_headers did not return an OktaClient")
        return copy

    @property
    def config(self) -> OktaConfig:
        """The configuration this client was built from."""
        return self._config

    @property
    def hooks(self) -> OktaHooks:
        """The typed hook caller; ``hooks.plugin(obj)`` registers a plugin in a ``with`` block."""
        return self._hooks

    @property
    def strict_parsing(self) -> bool:
        """Whether generated functions type-check every response field (``okta_api._convert.checked``)."""
        return self._config.strict_parsing

    @property
    def lazy_models(self) -> bool:
        """Whether response models convert each field on first read (``from_json``) rather than all at once."""
        return self._config.lazy_models

    @property
    def credential(self) -> httpx.Auth:
        """The ``httpx.Auth`` the ``okta_auth`` hook provided."""
        return self._credential

    def _shared_retrier(self) -> Retrier:
        # One per client, so that the sync and async httpx clients share the pacing state.
        if self._retrier is None:
            pacer = Pacer(self._clock, self._config.pacing_threshold) if self._config.pacing else None
            self._retrier = Retrier(self._hooks, self._config, self._clock, pacer)
        return self._retrier

    def _httpx_kwargs(self, origin: CredentialOrigin) -> dict[str, Any]:
        args = dict(self._httpx_args)
        # Transports are wrapped by get_httpx_client / get_async_httpx_client. A proxy goes into the
        # inner transport: given to httpx.Client, it would route every request past the wrapper.
        for name in ("transport", "async_transport", "proxy", "mounts"):
            args.pop(name, None)
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "auth": OperationAuth(self._credential, self._hooks, self._config, origin),
            **args,
        }

    def _mounts(self, origin: CredentialOrigin) -> dict[str, httpx.BaseTransport | None]:
        """Proxy routes and ``httpx_args`` mounts, each behind ``OktaTransport``; ``None`` routes use the default."""
        mounts: dict[str, httpx.BaseTransport | None] = {}
        for pattern, proxy in proxy_routes(self._config, self._httpx_args).items():
            options = pool_options(self._httpx_args, self._verify_ssl) | {"proxy": proxy}
            mounts[pattern] = None if proxy is None else OktaTransport(httpx.HTTPTransport(**options), origin)
        for pattern, mounted in dict(self._httpx_args.get("mounts") or {}).items():
            mounts[pattern] = None if mounted is None else OktaTransport(_mounted(pattern, mounted), origin)
        return mounts

    def _async_mounts(self, origin: CredentialOrigin) -> dict[str, httpx.AsyncBaseTransport | None]:
        """Async twin of ``_mounts``."""
        mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
        for pattern, proxy in proxy_routes(self._config, self._httpx_args).items():
            options = pool_options(self._httpx_args, self._verify_ssl) | {"proxy": proxy}
            mounts[pattern] = None if proxy is None else AsyncOktaTransport(httpx.AsyncHTTPTransport(**options), origin)
        for pattern, mounted in dict(self._httpx_args.get("mounts") or {}).items():
            mounts[pattern] = None if mounted is None else AsyncOktaTransport(_mounted_async(pattern, mounted), origin)
        return mounts

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` generated functions use, built once on first use."""
        built = self._client
        if built is not None:  # every call after the first: no lock
            return built
        with self._build_lock:
            if self._client is None:
                inner = self._httpx_args.get("transport")
                if not isinstance(inner, httpx.BaseTransport):
                    inner = httpx.HTTPTransport(**pool_options(self._httpx_args, self._verify_ssl))
                # One origin for the auth flow and the transports: it remembers the URL it last allowed,
                # so the transport's check of the same request costs nothing.
                origin = CredentialOrigin(self._config.org_url)
                transport = OktaTransport(inner, origin)
                # Bodies are encoded and decoded by the okta_serialize_body / okta_deserialize_body hooks.
                http = _HttpClient(
                    self._hooks,
                    retrier=self._shared_retrier(),
                    transport=transport,
                    mounts=self._mounts(origin),
                    **self._httpx_kwargs(origin),
                )
                self.set_httpx_client(http)
        client: httpx.Client = super().get_httpx_client()
        return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` async generated functions use, built once on first use."""
        built = self._async_client
        if built is not None:
            return built
        with self._build_lock:
            if self._async_client is None:
                inner = self._httpx_args.get("async_transport", self._httpx_args.get("transport"))
                if not isinstance(inner, httpx.AsyncBaseTransport):
                    inner = httpx.AsyncHTTPTransport(**pool_options(self._httpx_args, self._verify_ssl))
                origin = CredentialOrigin(self._config.org_url)
                transport = AsyncOktaTransport(inner, origin)
                http_async = _AsyncHttpClient(
                    self._hooks,
                    retrier=self._shared_retrier(),
                    transport=transport,
                    mounts=self._async_mounts(origin),
                    **self._httpx_kwargs(origin),
                )
                self.set_async_httpx_client(http_async)
        client: httpx.AsyncClient = super().get_async_httpx_client()
        return client
