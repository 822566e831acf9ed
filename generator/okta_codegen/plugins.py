"""The build-time plugin manager: built-in transforms plus `okta_codegen` entry points."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, entry_points, version
from typing import Any

import pluggy

from . import hookspecs
from .errors import PluginFailed, SpecError
from .operations import generated_operations
from .transforms import BUILTIN_MODULES, Document, SpecTransform

GROUP = "okta_codegen"
HOOK = "okta_codegen_spec_transforms"
METADATA_HOOK = "okta_codegen_operation_metadata"
BUILTIN_DISTRIBUTION = "okta-api-client"
EXTENSIONS = "x-okta-codegen-extensions"
"""Where an operation carries what `okta_codegen_operation_metadata` hooks returned for it."""
TRANSFORMS_RAN = "x-okta-codegen-transforms"
"""Where the normalized document lists the `TransformRecord`s of the transforms that made it."""


@dataclass(frozen=True)
class TransformRecord:
    """Which transform ran: the generated package lists these, in run order, in `okta_api/_build.py`."""

    name: str
    order: int
    distribution: str
    version: str


@dataclass(frozen=True)
class _Planned:
    transform: SpecTransform
    plugin: str
    builtin: bool
    record: TransformRecord


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
    return [planned.transform for planned in _planned(manager)]


def transform_records(manager: pluggy.PluginManager) -> list[TransformRecord]:
    """What `spec_transforms` runs, in the same order, with the distribution that brought each."""
    return [planned.record for planned in _planned(manager)]


def recorded_transforms(manager: pluggy.PluginManager) -> list[tuple[SpecTransform, TransformRecord]]:
    """`spec_transforms` with their records, asking each plugin once."""
    return [(planned.transform, planned.record) for planned in _planned(manager)]


def _planned(manager: pluggy.PluginManager) -> list[_Planned]:
    distributions = _distributions()
    contributed: list[_Planned] = []
    for impl in getattr(manager.hook, HOOK).get_hookimpls():
        builtin = impl.plugin_name in BUILTIN_MODULES
        distribution, dist_version = distributions.get(impl.plugin_name, ("", ""))
        if builtin:
            distribution, dist_version = BUILTIN_DISTRIBUTION, _own_version()
        try:
            transforms = impl.function()
            for transform in transforms:
                guarded = _guarded(impl.plugin_name, transform)
                record = TransformRecord(transform.name, transform.order, distribution, dist_version)
                contributed.append(_Planned(guarded, impl.plugin_name, builtin, record))
        except (SpecError, PluginFailed):
            raise
        except Exception as exc:
            raise PluginFailed(impl.plugin_name, HOOK, exc) from exc
    return _ordered(contributed)


def _ordered(contributed: list[_Planned]) -> list[_Planned]:
    """Built-ins in `BUILTIN_MODULES` order; `order` alone places a third party among them (built-ins
    first on a tie, then by name); `after`/`before` places it next to the named transform."""
    names = [p.transform.name for p in contributed]
    for planned in contributed:
        t = planned.transform
        if names.count(t.name) > 1 and not planned.builtin:
            holders = [p.plugin for p in contributed if p.transform.name == t.name]
            _fail(planned, f"transform name {t.name!r} is used twice, by {holders}")
        if t.after is not None and t.before is not None:
            _fail(planned, f"transform {t.name!r} gives both after= and before=; give one")
        anchor = t.after if t.after is not None else t.before
        if anchor is not None and anchor not in names:
            _fail(planned, f"transform {t.name!r} names {anchor!r}, which no transform is called; known: {names}")
    position = {name: index for index, name in enumerate(BUILTIN_MODULES)}

    def key(p: _Planned) -> tuple[int, int, int, str]:
        if p.builtin:
            return (p.transform.order, 0, position[p.plugin], "")
        return (p.transform.order, 1, 0, p.transform.name)

    placed = sorted((p for p in contributed if p.transform.after is None and p.transform.before is None), key=key)
    pending = sorted((p for p in contributed if p not in placed), key=lambda p: p.transform.name)
    while pending:
        ready = [p for p in pending if (p.transform.after or p.transform.before) in [q.transform.name for q in placed]]
        if not ready:
            plugins = sorted({f"{p.plugin}: {p.transform.name}" for p in pending})
            _fail(pending[0], f"transforms place themselves relative to each other in a cycle: {plugins}")
        for planned in ready:
            t = planned.transform
            at = [q.transform.name for q in placed].index(t.after or t.before or "")
            index = at + 1 if t.after is not None else at
            order = placed[at].record.order
            placed.insert(index, _Planned(t, planned.plugin, False, _with_order(planned.record, order)))
            pending.remove(planned)
    return placed


def _with_order(record: TransformRecord, order: int) -> TransformRecord:
    return TransformRecord(record.name, order, record.distribution, record.version)


def _fail(planned: _Planned, message: str) -> None:
    raise PluginFailed(planned.plugin, f"{HOOK} (ordering)", ValueError(message))


def _distributions() -> dict[str, tuple[str, str]]:
    """Entry-point name -> (distribution, version) of the `okta_codegen` plugins installed."""
    found: dict[str, tuple[str, str]] = {}
    for entry_point in entry_points(group=GROUP):
        dist = entry_point.dist
        if dist is not None:
            found[entry_point.name] = (dist.metadata["Name"] or "", dist.version)
    return found


def _own_version() -> str:
    try:
        return version(BUILTIN_DISTRIBUTION)
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


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

    return SpecTransform(transform.name, transform.order, guarded, transform.after, transform.before)


def add_operation_extensions(manager: pluggy.PluginManager, document: Document) -> None:
    """Store what `okta_codegen_operation_metadata` hooks return for each operation under `EXTENSIONS`."""
    impls = getattr(manager.hook, METADATA_HOOK).get_hookimpls()
    if not impls:
        return
    for op in generated_operations(document):
        found: dict[str, str] = {}
        for impl in impls:
            try:
                result: Any = impl.function(operation=op.operation, path=op.path, method=op.method)
            except SpecError:
                raise
            except Exception as exc:
                raise PluginFailed(impl.plugin_name, METADATA_HOOK, exc) from exc
            if result is None:
                continue
            if not _string_map(result):
                error = TypeError(f"expected a dict of str to str or None, got {result!r}")
                raise PluginFailed(impl.plugin_name, METADATA_HOOK, error)
            found.update(result)
        if found:
            op.operation[EXTENSIONS] = dict(sorted(found.items()))


def _string_map(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
