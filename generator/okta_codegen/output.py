"""Put a freshly generated package in place atomically, and compare two trees."""

from __future__ import annotations

import filecmp
import os
import shutil
from pathlib import Path


def swap_in(new_package: Path, target: Path) -> None:
    """Replace `target` by `new_package` (same file system): never a half-written `target`."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new_package, target)
    shutil.rmtree(old, ignore_errors=True)


def write_atomic(path: Path, text: str) -> None:
    """Write `path` so that a reader (a mock server watching it) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(f".{path.name}.tmp")
    scratch.write_text(text, encoding="utf-8")
    os.replace(scratch, path)


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that are added, removed or changed from `expected` to `actual`."""
    differences: list[str] = []
    _compare(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), Path(), differences)
    return sorted(differences)


def _compare(diff: filecmp.dircmp[str], at: Path, out: list[str]) -> None:
    out.extend(f"removed {at / name}" for name in diff.left_only)
    out.extend(f"added {at / name}" for name in diff.right_only)
    _, mismatch, errors = filecmp.cmpfiles(diff.left, diff.right, diff.common_files, shallow=False)
    out.extend(f"changed {at / name}" for name in mismatch + errors)
    for name, sub in diff.subdirs.items():
        _compare(sub, at / name, out)
