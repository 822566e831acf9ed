"""A typed facade over pluggy's dynamic hook caller: one method per hook."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import CodeType
from typing import TYPE_CHECKING, Any, cast

import attrs
import httpx

from ._errors import OktaPluginsError, PluginHookError
from .types import CertificateUpload, RetryDecision

if TYPE_CHECKING:
    import pluggy

    from ._config import OktaConfig
    from ._direct import DecodePlan
    from .types import Operation


def _code(function: object) -> CodeType | None:
    code = getattr(getattr(function, "__func__", function), "__code__", None)
    return code if isinstance(code, CodeType) else None


def _builtin_names(manager: pluggy.PluginManager) -> frozenset[str]:
    from ._manager import BUILTIN_PLUGINS, OPTIONAL_BUILTIN_PLUGINS

    return getattr(manager, "builtin_names", frozenset([*BUILTIN_PLUGINS, *OPTIONAL_BUILTIN_PLUGINS]))


def blame(exc: BaseException, impls: list[pluggy.HookImpl]) -> pluggy.HookImpl | None:
    """The hookimpl whose code raised ``exc``: the innermost of their frames in its traceback."""
    codes: dict[CodeType, list[pluggy.HookImpl]] = {}
    for impl in impls:
        code = _code(impl.function)
        if code is not None:
            codes.setdefault(code, []).append(impl)
    found: pluggy.HookImpl | None = None
    tb = exc.__traceback__
    while tb is not None:
        candidates = codes.get(tb.tb_frame.f_code)
        if candidates:
            found = _owner(candidates, tb.tb_frame.f_locals)
        tb = tb.tb_next
    return found


def _owner(candidates: list[pluggy.HookImpl], local: dict[str, Any]) -> pluggy.HookImpl:
    """Of several plugins sharing one function (two instances of a class), the one whose method ran."""
    for impl in candidates:
        bound = getattr(impl.function, "__self__", None)
        if bound is not None and any(value is bound for value in local.values()):
            return impl
    return candidates[0]


def plugin_error(
    manager: pluggy.PluginManager, hook: str, exc: Exception, operation: object = None
) -> PluginHookError | None:
    """The ``PluginHookError`` to raise instead of ``exc`` from ``hook``, or ``None`` to let it through.

    ``OktaPluginsError``s (the documented ones: ``ConfigError``, ``AuthError``, ``BodyError``,
    ``OktaApiError``...) and whatever a built-in raises pass unchanged; anything else a
    third-party plugin raised is wrapped, naming it."""
    if isinstance(exc, OktaPluginsError):
        return None
    impls = getattr(manager.hook, hook).get_hookimpls()
    builtins = _builtin_names(manager)
    impl = blame(exc, impls)
    if impl is None:
        # No frame of ours to go by (a callable without Python code): blame the only third party, if one.
        others = [candidate for candidate in impls if candidate.plugin_name not in builtins]
        impl = others[0] if len(others) == 1 else None
    if impl is None or impl.plugin_name in builtins:
        return None
    distribution_of = getattr(manager, "distribution_of", None)
    return PluginHookError(
        exc,
        plugin=impl.plugin_name,
        distribution=distribution_of(impl.plugin_name) if distribution_of is not None else None,
        hook=hook,
        operation_id=getattr(operation, "operation_id", None),
    )


def call_impl(manager: pluggy.PluginManager, impl: pluggy.HookImpl, hook: str) -> object:
    """Call one plugin's argument-less hookimpl, wrapping its failure like any hook's."""
    try:
        return impl.function()
    except Exception as exc:
        error = plugin_error(manager, hook, exc)
        if error is None:
            raise
        raise error from exc


class OktaHooks:
    """Calls the hooks of one plugin manager with the types ``hookspecs`` documents.

    An exception a third-party plugin's hook raises comes out as a ``PluginHookError`` naming
    the plugin, its distribution, the hook and the operation, the original chained; an
    ``OktaPluginsError`` (the typed errors hooks are documented to raise) passes unchanged, as
    does anything a built-in raises.

    The per-request hooks are not called when no plugin implements them (a call through pluggy
    costs about 1 us, ``get_hookimpls()`` 0.1 us); they are asked each time, so a plugin
    registered on ``manager`` directly counts at once.
    """

    def __init__(self, manager: pluggy.PluginManager) -> None:
        # Loaded with the manager (it imports the built-in plugins, and so pluggy), not with this module.
        from . import _direct

        self.manager = manager
        self._hook = manager.hook
        self._direct = _direct
        # The hookimpls okta_deserialize_body had when last asked, and their direct form (None: through pluggy).
        # One attribute, so that threads sharing the client never see one's key with another's plan.
        self._decode: tuple[tuple[pluggy.HookImpl, ...], DecodePlan | None] = ((), None)
        # The same for okta_observe_response: its hookimpls when last asked, and whether they are quiet on a 2xx.
        self._quiet: tuple[tuple[pluggy.HookImpl, ...], bool] = ((), False)

    def _call(self, hook: pluggy.HookCaller, /, **kwargs: Any) -> Any:
        # A try block costs nothing until something raises: the per-request hooks stay as fast.
        try:
            return hook(**kwargs)
        except Exception as exc:
            error = plugin_error(self.manager, hook.name, exc, kwargs.get("operation"))
            if error is None:
                raise
            raise error from exc

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register ``plugin`` and check its hooks; return its registered name.

        :raises PluginLoadError: its hooks do not match the hookspecs.
        """
        from ._manager import register_checked

        registered = register_checked(self.manager, plugin, name)
        if registered is None:
            raise OktaPluginsError(f"plugin {name!r} is blocked")
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

    def plugin_settings(self, config: OktaConfig) -> OktaConfig:
        """``config`` with each plugin's declared settings (``okta_plugin_settings``) validated into
        ``config.plugin_settings``.

        :raises PluginSettingsError: a setting is unknown, missing or of the wrong type.
        """
        from ._manager import resolve_plugin_settings

        return attrs.evolve(config, plugin_settings=resolve_plugin_settings(self.manager, config.plugin_sources))

    def configure(self, config: OktaConfig) -> None:
        """Call ``okta_configure``."""
        self._call(self._hook.okta_configure, config=config)

    def auth(self, config: OktaConfig, mode: str) -> httpx.Auth | None:
        """Call ``okta_auth``; the first ``httpx.Auth`` answered, or ``None``."""
        result = self._call(self._hook.okta_auth, config=config, mode=mode)
        if result is not None and not isinstance(result, httpx.Auth):
            raise OktaPluginsError(f"okta_auth returned {type(result).__name__}, not httpx.Auth")
        return result

    def prepare_request(self, request: httpx.Request, operation: Operation | None, config: OktaConfig) -> None:
        """Call ``okta_prepare_request``."""
        if self._hook.okta_prepare_request.get_hookimpls():
            self._call(self._hook.okta_prepare_request, request=request, operation=operation, config=config)

    def observe_response(
        self,
        request: httpx.Request,
        response: httpx.Response,
        operation: Operation | None,
        config: OktaConfig,
    ) -> None:
        """Call ``okta_observe_response``."""
        impls = self._hook.okta_observe_response.get_hookimpls()
        if not impls:
            return
        # The built-in observers do nothing for a 2xx (see _direct): no pluggy call for them.
        if 200 <= response.status_code < 300 and self._quiet_on_success(impls) and self._direct.untraced(self.manager):
            return
        self._call(
            self._hook.okta_observe_response, request=request, response=response, operation=operation, config=config
        )

    def serialize_body(self, body: object, content_type: str, operation: Operation | None) -> bytes | None:
        """Call ``okta_serialize_body``; the first bytes answered, or ``None``."""
        if not self._hook.okta_serialize_body.get_hookimpls():
            return None
        result = self._call(self._hook.okta_serialize_body, body=body, content_type=content_type, operation=operation)
        if result is not None and not isinstance(result, bytes):
            raise OktaPluginsError(f"okta_serialize_body returned {type(result).__name__}, not bytes")
        return result

    def deserialize_body(
        self, response: httpx.Response, content_type: str, operation: Operation | None, as_text: bool
    ) -> object:
        """Call ``okta_deserialize_body``; the first value answered, or ``None``."""
        impls = self._hook.okta_deserialize_body.get_hookimpls()
        if not impls:
            return None
        plan = self._direct_decode(impls)
        if plan is not None:
            return plan.decode(response, content_type, operation, as_text)
        return cast(
            object,
            self._call(
                self._hook.okta_deserialize_body,
                response=response,
                content_type=content_type,
                operation=operation,
                as_text=as_text,
            ),
        )

    def _quiet_on_success(self, impls: list[pluggy.HookImpl]) -> bool:
        """Whether ``impls`` (of ``okta_observe_response``) do nothing for a 2xx response (see _direct)."""
        key, quiet = self._quiet
        if key != tuple(impls):
            quiet = self._direct.quiet_on_success(impls)
            self._quiet = (tuple(impls), quiet)
        return quiet

    def _direct_decode(self, impls: list[pluggy.HookImpl]) -> DecodePlan | None:
        """The direct form of ``okta_deserialize_body`` (see _direct) if only built-ins implement it, untraced."""
        if not self._direct.untraced(self.manager):
            return None
        key, plan = self._decode
        if key != tuple(impls):
            plan = self._direct.decode_plan(impls)
            self._decode = (tuple(impls), plan)
        return plan

    def certificate_upload(
        self, certificate: object, resource: str, alternative: str | None
    ) -> CertificateUpload | None:
        """Call ``okta_certificate_upload``; the first ``CertificateUpload`` answered, or ``None``."""
        result = self._call(
            self._hook.okta_certificate_upload, certificate=certificate, resource=resource, alternative=alternative
        )
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
        if not self._hook.okta_retry.get_hookimpls():
            return None
        result = self._call(
            self._hook.okta_retry,
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
        pairs = self.manager.list_name_plugin()
        loaded = [name for name, plugin in pairs if plugin is not None]
        blocked = [name for name, plugin in pairs if plugin is None]
        skipped = list(getattr(self.manager, "skipped", {}))
        shown = f"loaded={loaded!r}, blocked={blocked!r}"
        return f"OktaHooks({shown}, skipped={skipped!r})" if skipped else f"OktaHooks({shown})"
