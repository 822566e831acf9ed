"""Build the API reference of `okta_client`, `okta_api` and `okta_plugins` with pdoc (`python -m tests.docs.build OUT`).

Any warning pdoc emits (an unresolvable name, a broken docstring, a type it cannot read) fails the build.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pdoc
import pdoc.render

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("okta_client", "okta_api", "okta_plugins")
# Old import paths kept for one release: every name read there warns, and the reference names the new path only.
DEPRECATED = ("okta_plugins.errors", "okta_plugins.pagination")
# Private modules that belong in the reference: the base class of every model (item access,
# `additional_properties`, `from_json`).
EXTRA_MODULES = ("okta_api._model",)
# Packages whose `__all__` re-exports every submodule's class: their page would repeat all of them, so it lists
# the submodules instead (each model keeps its own page, the target of every link to it).
INDEX_ONLY = ("okta_api.models",)
# Rendered into the `okta_plugins` page: the configuration table, authentication modes, retries, hooks.
PLUGINS_README = ROOT / "plugins" / "README.md"
TEMPLATES = ROOT / "docs" / "templates"


class DocsWarning(Exception):
    """The reference was built with warnings; each is listed."""


def _public(name: str) -> bool:
    return not any(part.startswith("_") for part in name.split(".")) and name not in DEPRECATED


def _resolve_lazy_exports(module: ModuleType) -> None:
    # pdoc reads `__all__` names from the module's namespace; ours load on first attribute access (PEP 562).
    # A name that does not resolve at all is left for pdoc to warn about, which fails the build.
    for name in getattr(module, "__all__", ()):
        if name not in vars(module) and hasattr(module, name):
            setattr(module, name, getattr(module, name))


def _walk(package: ModuleType) -> Iterator[str]:
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if _public(info.name):
            yield info.name


def prepare(
    packages: Iterable[str] = PACKAGES,
    extra: Iterable[str] = EXTRA_MODULES,
    index_only: Iterable[str] = INDEX_ONLY,
) -> list[str]:
    """Import the packages and make their lazy exports visible to pdoc; return the module specs for pdoc."""
    modules: list[str] = []
    for top in packages:
        modules.append(top)
        modules.extend(_walk(importlib.import_module(top)))
    modules.extend(extra)
    for name in modules:
        module = importlib.import_module(name)
        if name in index_only:
            vars(module).pop("__all__", None)  # the page lists the submodules, not their classes again
        else:
            _resolve_lazy_exports(module)
    if PLUGINS_README.exists() and "okta_plugins" in modules:
        plugins = sys.modules["okta_plugins"]
        plugins.__doc__ = f"{plugins.__doc__}\n\n{_readme_body(PLUGINS_README)}"
    return [name for name in modules if not _reached_from_parent(name)]


def _reached_from_parent(name: str) -> bool:
    # pdoc documents a package's submodules unless the package's `__all__` leaves them out; those are named.
    parent, _, leaf = name.rpartition(".")
    if not parent or leaf.startswith("_"):
        return False
    listed = getattr(sys.modules[parent], "__all__", None)
    return listed is None or leaf in listed


def _readme_body(path: Path) -> str:
    # The README's own title repeats the page's; its sections become the page's sections.
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines)


def build(output: Path, modules: list[str]) -> None:
    """Render `modules` into `output`; raise DocsWarning listing every warning pdoc emitted."""
    # No source view and no search index: with ~1,000 pages they would multiply the build's time and size.
    pdoc.render.configure(docformat="google", show_source=False, search=False, template_directory=TEMPLATES)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # Every module is given: a package's `__all__` would otherwise hide its unlisted submodules.
        pdoc.pdoc(*modules, output_directory=output)
    problems = [f"{w.category.__name__}: {w.message}" for w in caught]
    problems += [f"no page for module {name}" for name in _missing_pages(output, modules)]
    if problems:
        raise DocsWarning("\n".join(problems))


def _missing_pages(output: Path, specs: list[str]) -> list[str]:
    # Every operation and model must have its page: a module pdoc skipped would go unnoticed otherwise.
    documented = [
        name
        for name in sorted(sys.modules)
        if name in specs or (_public(name) and any(name.startswith(f"{spec}.") for spec in specs))
    ]
    return [name for name in documented if not (output / f"{name.replace('.', '/')}.html").is_file()]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.docs.build OUT_DIR", file=sys.stderr)
        return 2
    try:
        build(Path(argv[0]), prepare())
    except DocsWarning as exc:
        print(f"docs: the build warned (warnings are errors):\n{exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
