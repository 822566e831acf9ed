"""The formatted client package, cached by everything that shapes it, so `check` after `generate` renders once.

The key covers the client view (the document and the operation and enum data openapi-python-client is given),
the source of this generator and its templates, every installed distribution's version and the interpreter:
a change to any of them misses. Only packages that rendered, formatted and imported are stored.
"""

from __future__ import annotations

import sys
from importlib.metadata import distributions
from pathlib import Path
from typing import TypeGuard

from .cache import cache_key, fingerprint, read_entry, write_entry
from .client_view import ClientView

GENERATOR = Path(__file__).parent

Tree = list[tuple[str, bytes | None]]
"""A package as (relative path, file bytes), None for a folder, in walk order."""


def render_key(view: ClientView) -> str:
    return cache_key(fingerprint(view), sys.version, _installed(), _generator_source())


def cached_package(cache: Path, key: str, package: Path) -> bool:
    """Write the package stored under `key` to `package` (which must not exist); False on a miss."""
    tree = read_entry(cache / "rendered", key)
    if not _is_tree(tree):
        return False
    package.mkdir(parents=True)
    for relative, data in tree:
        target = package / relative
        if data is None:
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    return True


def store_package(cache: Path, key: str, package: Path) -> None:
    tree: Tree = [
        (path.relative_to(package).as_posix(), None if path.is_dir() else path.read_bytes())
        for path in sorted(package.rglob("*"))
    ]
    write_entry(cache / "rendered", key, tree)


def _is_tree(value: object) -> TypeGuard[Tree]:
    if not isinstance(value, list):
        return False
    for entry in value:
        if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], str)):
            return False
        if entry[1] is not None and not isinstance(entry[1], bytes):
            return False
        relative = Path(entry[0])
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            return False
    return True


def _installed() -> str:
    found = {f"{dist.metadata['Name']}=={dist.version}" for dist in distributions()}
    return ",".join(sorted(found))


def _generator_source() -> bytes:
    files = sorted(path for path in GENERATOR.rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    return b"\0".join(path.relative_to(GENERATOR).as_posix().encode() + b"\0" + path.read_bytes() for path in files)
