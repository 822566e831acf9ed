"""A typed facade over pluggy's dynamic hook caller: one method per hook."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, cast

import httpx

from ._errors import OktaPluginsError
from .types import CertificateUpload, RetryDecision

if TYPE_CHECKING:
    import pluggy

    from ._config import OktaConfig
    from .types import Operation


class OktaHooks:
    """Calls the hooks of one plugin manager with the types ``hookspecs`` documents.

    The per-request hooks are not called when no plugin implements them (a call through pluggy
    costs about 1 us, ``get_hookimpls()`` 0.1 us); they are asked each time, so a plugin
    registered on ``manager`` directly counts at once.
    """

    def __init__(self, manager: pluggy.PluginManager) -> None:
        self.manager = manager
        self._hook = manager.hook

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register ``plugin`` and check its hook names; return its registered name."""
        registered = self.manager.register(plugin, name=name)
        if registered is None:
            raise OktaPluginsError(f"plugin {name!r} is blocked")
        self.manager.check_pending()
        return registered

    def unregister(self, plugin: object) -> None:
        """Unregister ``plugin``."""
        self.manager.unregister(plugin)

    @contextmanager
    def plugin(self, plugin: object, name: str | None = None) -> Iterator[str]:
        """Register ``plugin`` for the duration of a ``with`` block."""
        registered = self.register(plugin, name)
        try:
            yield registered
        finally:
            self.manager.unregister(name=registered)

    def configure(self, config: OktaConfig) -> None:
        """Call ``okta_configure``."""
        self._hook.okta_configure(config=config)

    def auth(self, config: OktaConfig, mode: str) -> httpx.Auth | None:
        """Call ``okta_auth``; the first ``httpx.Auth`` answered, or ``None``."""
        result = self._hook.okta_auth(config=config, mode=mode)
        if result is not None and not isinstance(result, httpx.Auth):
            raise OktaPluginsError(f"okta_auth returned {type(result).__name__}, not httpx.Auth")
        return result

    def prepare_request(self, request: httpx.Request, operation: Operation | None, config: OktaConfig) -> None:
        """Call ``okta_prepare_request``."""
        hook = self._hook.okta_prepare_request
        if hook.get_hookimpls():
            hook(request=request, operation=operation, config=config)

    def observe_response(
        self,
        request: httpx.Request,
        response: httpx.Response,
        operation: Operation | None,
        config: OktaConfig,
    ) -> None:
        """Call ``okta_observe_response``."""
        hook = self._hook.okta_observe_response
        if hook.get_hookimpls():
            hook(request=request, response=response, operation=operation, config=config)

    def serialize_body(self, body: object, content_type: str, operation: Operation | None) -> bytes | None:
        """Call ``okta_serialize_body``; the first bytes answered, or ``None``."""
        hook = self._hook.okta_serialize_body
        if not hook.get_hookimpls():
            return None
        result = hook(body=body, content_type=content_type, operation=operation)
        if result is not None and not isinstance(result, bytes):
            raise OktaPluginsError(f"okta_serialize_body returned {type(result).__name__}, not bytes")
        return result

    def deserialize_body(
        self, response: httpx.Response, content_type: str, operation: Operation | None, as_text: bool
    ) -> object:
        """Call ``okta_deserialize_body``; the first value answered, or ``None``."""
        hook = self._hook.okta_deserialize_body
        if not hook.get_hookimpls():
            return None
        return cast(object, hook(response=response, content_type=content_type, operation=operation, as_text=as_text))

    def certificate_upload(
        self, certificate: object, resource: str, alternative: str | None
    ) -> CertificateUpload | None:
        """Call ``okta_certificate_upload``; the first ``CertificateUpload`` answered, or ``None``."""
        result = self._hook.okta_certificate_upload(certificate=certificate, resource=resource, alternative=alternative)
        if result is not None and not isinstance(result, CertificateUpload):
            raise OktaPluginsError(f"okta_certificate_upload returned {type(result).__name__}, not CertificateUpload")
        return result

    def retry(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        error: Exception | None,
        attempt: int,
        operation: Operation | None,
        config: OktaConfig,
    ) -> RetryDecision | None:
        """Call ``okta_retry``; the first decision answered, or ``None``."""
        hook = self._hook.okta_retry
        if not hook.get_hookimpls():
            return None
        result = hook(
            request=request,
            response=response,
            error=error,
            attempt=attempt,
            operation=operation,
            config=config,
        )
        if result is not None and not isinstance(result, RetryDecision):
            raise OktaPluginsError(f"okta_retry returned {type(result).__name__}, not RetryDecision")
        return result

    def __repr__(self) -> str:
        names = [name for name, _ in self.manager.list_name_plugin()]
        return f"OktaHooks(plugins={names!r})"
