"""Builds the plugin manager: hookspecs, built-ins, then installed entry points."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import logging
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

from . import hookspecs
from ._entry_points import installed_entry_points
from ._errors import PluginLoadError, describe_plugin
from ._plugin_settings import PluginSettings, SettingSources, resolve_settings
from ._redact import redact_text

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

# One hierarchy for everything the client logs (issue 6), whatever module writes it.
logger = logging.getLogger("okta_api.plugins")

ENTRY_POINT_GROUP = "okta_plugins"

BUILTIN_PLUGINS: dict[str, str] = {
    "okta.ssws": "okta_plugins.auth.ssws",
    "okta.bearer": "okta_plugins.auth.bearer",
    "okta.private_key": "okta_plugins.auth.private_key",
    "okta.scopes": "okta_plugins._forbidden",
    # Its okta_observe_response is a wrapper: it raises after every observer, whatever the order here.
    "okta.errors": "okta_plugins._status_errors",
    "okta.retry": "okta_plugins._retry",
    "okta.certificates": "okta_plugins._certificate_upload",
    "okta.serializers.json": "okta_plugins.serializers.json_body",
    "okta.serializers.certificates": "okta_plugins.serializers.certificate_body",
    "okta.serializers.multipart": "okta_plugins.serializers.multipart",
    "okta.serializers.saml": "okta_plugins.serializers.saml",
}
"""Plugin name -> module. Their hookimpls are ``trylast`` so third parties override them."""

OPTIONAL_BUILTIN_PLUGINS: dict[str, tuple[str, str]] = {
    "okta.serializers.orjson": ("okta_plugins.serializers.orjson_engine", "orjson"),
}
"""Plugin name -> (module, the optional package it needs), registered when that package is
installed. Registered before the built-ins: among ``trylast`` hooks the earlier registered runs
first, so these answer before the built-ins they stand in for."""


class OktaPluginManager(pluggy.PluginManager):
    """A pluggy manager that also knows where each plugin came from and what was left out."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.builtin_names = frozenset([*BUILTIN_PLUGINS, *OPTIONAL_BUILTIN_PLUGINS])
        self.distributions: dict[str, str] = {}
        """Entry-point plugin name -> ``"<distribution> <version>"``."""
        self.skipped: dict[str, str] = {}
        """Installed plugin name -> why it was skipped (``plugins.skipBroken``)."""

    def distribution_of(self, name: str) -> str | None:
        """``"<distribution> <version>"`` of an entry-point plugin, ``None`` for any other."""
        return self.distributions.get(name)


def build_plugin_manager(
    block: Iterable[str] = (),
    only: Iterable[str] = (),
    extra: Iterable[object] = (),
    *,
    skip_broken: bool = False,
) -> OktaPluginManager:
    """Return a manager with the built-ins and the installed plugins registered.

    :param block: plugin names (built-in or entry-point) never to load.
    :param only: if non-empty, the entry-point plugins to load; others are skipped.
        Built-ins are not affected: block one to replace it.
    :param extra: plugin objects to register after the entry points.
    :param skip_broken: skip an installed plugin that fails to load or validate, with a logged
        warning, instead of raising ``PluginLoadError``.
    :raises PluginLoadError: a plugin failed to import or its hooks do not match the hookspecs;
        the message names it and the setting that blocks it.
    """
    block, only = tuple(block), tuple(only)
    manager = OktaPluginManager()
    manager.add_hookspecs(hookspecs)
    for name in block:
        manager.set_blocked(name)
    for name, (module, requirement) in OPTIONAL_BUILTIN_PLUGINS.items():
        if not manager.is_blocked(name) and importlib.util.find_spec(requirement) is not None:
            manager.register(importlib.import_module(module), name=name)
    for name, module in BUILTIN_PLUGINS.items():
        if not manager.is_blocked(name):
            manager.register(importlib.import_module(module), name=name)
    installed = _load_entry_points(manager, block, frozenset(only), skip_broken)
    extra_names = [register_checked(manager, plugin) for plugin in extra]
    _warn_unmatched(block, only, installed, {name for name in extra_names if name is not None}, manager)
    return manager


def register_checked(manager: pluggy.PluginManager, plugin: object, name: str | None = None) -> str | None:
    """Register a plugin given in code; its registered name, or ``None`` when it is blocked.

    :raises PluginLoadError: its hooks do not match the hookspecs (it is left unregistered).
    """
    try:
        registered = manager.register(plugin, name=name)
        if registered is not None:
            check_plugin(manager, registered)
    except pluggy.PluginValidationError as exc:
        shown = name or manager.get_canonical_name(plugin)
        if manager.get_plugin(shown) is plugin:
            manager.unregister(plugin)
        kind = getattr(plugin, "__name__", None) or type(plugin).__name__
        raise PluginLoadError(
            f"plugin {shown!r} ({kind}, given in code) is invalid: {exc}", plugin=shown, hook=_hook_named(str(exc))
        ) from exc
    return registered


def check_plugin(manager: pluggy.PluginManager, name: str) -> None:
    """Raise ``pluggy.PluginValidationError`` if plugin ``name`` has a hook no hookspec declares, or
    an ``async def`` hook (hooks are called synchronously, also by async clients)."""
    plugin = manager.get_plugin(name)
    for caller in manager.get_hookcallers(plugin) or ():
        for impl in caller.get_hookimpls():
            if impl.plugin is not plugin:
                continue
            if not caller.has_spec() and not impl.optionalhook:
                raise pluggy.PluginValidationError(plugin, f"unknown hook {caller.name!r} in plugin {name!r}")
            function = inspect.unwrap(getattr(impl.function, "__func__", impl.function))
            if inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(function):
                raise pluggy.PluginValidationError(
                    plugin, f"hook {caller.name!r} of plugin {name!r} is async; hooks must be plain functions"
                )


def _hook_named(message: str) -> str | None:
    match = re.search(r"\b(okta_[a-z_]+)", message)
    return match[1] if match else None


def _load_entry_points(
    manager: OktaPluginManager, block: tuple[str, ...], only: frozenset[str], skip_broken: bool
) -> list[str]:
    """Register the installed plugins; return the names of all installed ones (loaded or not)."""
    installed: list[str] = []
    for entry_point in installed_entry_points(ENTRY_POINT_GROUP):
        name = entry_point.name
        installed.append(name)
        if manager.is_blocked(name) or manager.get_plugin(name) is not None:
            continue
        if only and name not in only:
            logger.debug("skipping plugin %s: not in the allowlist", name)
            continue
        distribution = _distribution(entry_point)
        if distribution is not None:
            manager.distributions[name] = distribution
        try:
            manager.register(entry_point.load(), name=name)
            check_plugin(manager, name)
        except Exception as exc:
            if manager.get_plugin(name) is not None:
                manager.unregister(name=name)
            error = PluginLoadError(
                _load_failure(name, distribution, entry_point.value, exc, block),
                plugin=name,
                distribution=distribution,
                hook=_hook_named(str(exc)) if isinstance(exc, pluggy.PluginValidationError) else None,
            )
            if not skip_broken:
                raise error from exc
            manager.skipped[name] = str(error)
            logger.warning("skipping a broken plugin (plugins.skipBroken): %s", error)
            continue
        logger.debug("loaded plugin %s from %s", name, entry_point.value)
    return installed


def _distribution(entry_point: EntryPoint) -> str | None:
    dist = getattr(entry_point, "dist", None)
    if dist is None:
        return None
    return f"{dist.name} {dist.version}"


def _load_failure(name: str, distribution: str | None, value: str, exc: Exception, block: tuple[str, ...]) -> str:
    """Name the plugin, what failed, and the exact settings that block it or skip broken plugins."""
    names = [*block, name]
    yaml_list = ", ".join(names)
    return (
        f"{describe_plugin(name, distribution)}, entry point {value!r}, cannot be loaded: "
        f"{type(exc).__name__}: {redact_text(str(exc))}. "
        f"Block it with `plugins: {{block: [{yaml_list}]}}` under `okta:` in okta.yaml, "
        f"OKTA_PLUGINS_BLOCK={','.join(names)} or plugins_block={names!r}; "
        "or skip every broken plugin with a warning: `plugins: {skipBroken: true}`, "
        "OKTA_PLUGINS_SKIPBROKEN=true or plugins_skip_broken=True"
    )


def _warn_unmatched(
    block: Iterable[str],
    only: Iterable[str],
    installed: list[str],
    extra: set[str],
    manager: OktaPluginManager,
) -> None:
    """Warn of ``plugins.block`` / ``plugins.only`` names that match no plugin: a typo loads (or blocks) nothing."""
    shown = ", ".join(sorted(installed)) or "(none)"
    unknown_block = [name for name in block if name not in manager.builtin_names | set(installed) | extra]
    if unknown_block:
        logger.warning(
            "plugins.block names no plugin: %s; installed plugins: %s; built-in: %s",
            ", ".join(unknown_block),
            shown,
            ", ".join(sorted(manager.builtin_names)),
        )
    unknown_only = [name for name in only if name not in installed and name not in manager.builtin_names]
    if unknown_only:
        logger.warning(
            "plugins.only names no installed plugin: %s; installed plugins: %s", ", ".join(unknown_only), shown
        )


def resolve_plugin_settings(manager: pluggy.PluginManager, sources: SettingSources) -> dict[str, PluginSettings]:
    """Each plugin's declared settings (its ``okta_plugin_settings`` answer), validated against ``sources``."""
    from ._facade import call_impl

    resolved: dict[str, PluginSettings] = {}
    for impl in manager.hook.okta_plugin_settings.get_hookimpls():
        distribution = manager.distribution_of(impl.plugin_name) if isinstance(manager, OktaPluginManager) else None
        declared = call_impl(manager, impl, "okta_plugin_settings")
        resolved[impl.plugin_name] = resolve_settings(impl.plugin_name, distribution, declared, sources)
    unclaimed = sorted(
        name for name in {*sources.files, *sources.given} if name not in resolved and not manager.is_blocked(name)
    )
    if unclaimed:
        logger.warning(
            "settings given for %s, which no loaded plugin declares settings for (plugins with settings: %s)",
            ", ".join(unclaimed),
            ", ".join(sorted(resolved)) or "(none)",
        )
    return resolved
