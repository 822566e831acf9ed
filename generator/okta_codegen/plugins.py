"""The build-time plugin manager: built-in transforms plus `okta_codegen` entry points."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points

import pluggy

from . import hookspecs
from .errors import PluginFailed, SpecError
from .transforms import BUILTIN_MODULES, Document, SpecTransform

GROUP = "okta_codegen"
HOOK = "okta_codegen_spec_transforms"


def plugin_manager(load_entry_points: bool = True) -> pluggy.PluginManager:
    manager = pluggy.PluginManager(GROUP)
    manager.add_hookspecs(hookspecs)
    for name in BUILTIN_MODULES:
        manager.register(importlib.import_module(name), name=name)
    if load_entry_points:
        _load_entry_points(manager)
    manager.check_pending()
    return manager


def _load_entry_points(manager: pluggy.PluginManager) -> None:
    """Register every `okta_codegen` entry point, naming the one that fails to load or register."""
    for entry_point in entry_points(group=GROUP):
        if manager.get_plugin(entry_point.name) or manager.is_blocked(entry_point.name):
            continue
        try:
            manager.register(entry_point.load(), name=entry_point.name)
        except Exception as exc:
            raise PluginFailed(f"{entry_point.name} ({entry_point.value})", "loading the entry point", exc) from exc


def spec_transforms(manager: pluggy.PluginManager) -> list[SpecTransform]:
    """Every contributed transform, in the order they run; each names its plugin if it fails."""
    transforms: list[SpecTransform] = []
    for impl in getattr(manager.hook, HOOK).get_hookimpls():
        try:
            contributed = impl.function()
            transforms.extend(_guarded(impl.plugin_name, transform) for transform in contributed)
        except (SpecError, PluginFailed):
            raise
        except Exception as exc:
            raise PluginFailed(impl.plugin_name, HOOK, exc) from exc
    return sorted(transforms, key=lambda t: (t.order, t.name))


def _guarded(plugin: str, transform: SpecTransform) -> SpecTransform:
    """`transform`, whose unexpected exceptions name the plugin; SpecError (bad input) passes unchanged."""
    if not isinstance(transform, SpecTransform):
        raise TypeError(f"expected SpecTransform objects, got {type(transform).__name__}")
    apply: Callable[[Document, str], None] = transform.apply

    def guarded(document: Document, source: str) -> None:
        try:
            apply(document, source)
        except SpecError:
            raise
        except Exception as exc:
            raise PluginFailed(plugin, f"{HOOK} (running the transform)", exc, transform.name) from exc

    return SpecTransform(transform.name, transform.order, guarded)
