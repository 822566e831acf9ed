"""The build-time plugin manager: built-in transforms plus `okta_codegen` entry points."""

from __future__ import annotations

import importlib

import pluggy

from . import hookspecs
from .transforms import BUILTIN_MODULES, SpecTransform


def plugin_manager(load_entry_points: bool = True) -> pluggy.PluginManager:
    manager = pluggy.PluginManager("okta_codegen")
    manager.add_hookspecs(hookspecs)
    for name in BUILTIN_MODULES:
        manager.register(importlib.import_module(name), name=name)
    if load_entry_points:
        manager.load_setuptools_entrypoints("okta_codegen")
    manager.check_pending()
    return manager


def spec_transforms(manager: pluggy.PluginManager) -> list[SpecTransform]:
    """Every contributed transform, in the order they run."""
    transforms = [t for contributed in manager.hook.okta_codegen_spec_transforms() for t in contributed]
    return sorted(transforms, key=lambda t: (t.order, t.name))
