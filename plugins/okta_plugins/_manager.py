"""Builds the plugin manager: hookspecs, built-ins, then installed entry points."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Iterable

import pluggy

from . import hookspecs
from ._entry_points import installed_entry_points

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


def build_plugin_manager(
    block: Iterable[str] = (), only: Iterable[str] = (), extra: Iterable[object] = ()
) -> pluggy.PluginManager:
    """Return a manager with the built-ins and the installed plugins registered.

    :param block: plugin names (built-in or entry-point) never to load.
    :param only: if non-empty, the entry-point plugins to load; others are skipped.
        Built-ins are not affected: block one to replace it.
    :param extra: plugin objects to register after the entry points.
    """
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    for name in block:
        manager.set_blocked(name)
    for name, (module, requirement) in OPTIONAL_BUILTIN_PLUGINS.items():
        if not manager.is_blocked(name) and importlib.util.find_spec(requirement) is not None:
            manager.register(importlib.import_module(module), name=name)
    for name, module in BUILTIN_PLUGINS.items():
        if not manager.is_blocked(name):
            manager.register(importlib.import_module(module), name=name)
    _load_entry_points(manager, frozenset(only))
    for plugin in extra:
        manager.register(plugin)
    manager.check_pending()
    return manager


def _load_entry_points(manager: pluggy.PluginManager, only: frozenset[str]) -> None:
    for entry_point in installed_entry_points(ENTRY_POINT_GROUP):
        name = entry_point.name
        if manager.is_blocked(name) or manager.get_plugin(name) is not None:
            continue
        if only and name not in only:
            logger.debug("skipping plugin %s: not in the allowlist", name)
            continue
        manager.register(entry_point.load(), name=name)
        logger.debug("loaded plugin %s from %s", name, entry_point.value)
