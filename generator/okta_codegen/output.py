"""Put a freshly generated package in place so that a kill at any moment leaves a whole tree, and compare two trees.

Beside `target` (generated/okta_api) a run uses two names, both fixed so that the next run finds what a
killed one left:

- `.generate-okta_api/`: the run's scratch folder; the new tree is built in it.
- `.okta_api.old`: only on the fallback swap, the old tree between its two renames.

The swap: on Linux, `renameat2(RENAME_EXCHANGE)` exchanges the new tree and `target` in one step, so `target`
is a complete tree at every moment, even to a concurrent reader; the old tree lands in the scratch folder,
which is removed after. Where that call is missing (other systems, old kernels, file systems that refuse the
flag), two renames: `target` -> `.okta_api.old`, new -> `target`. A kill between them leaves no `target` for
that instant, and `recover` puts `.okta_api.old` back. `recover` runs, under a lock, at the start of every
`staging`: it restores a missing `target` from `.okta_api.old`, then removes `.okta_api.old` and every
`.generate-*` folder (the fixed scratch name, and the random ones earlier versions left).
"""

from __future__ import annotations

import ctypes
import errno
import filecmp
import functools
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

SCRATCH_PREFIX = ".generate-"
AT_FDCWD = -100
RENAME_EXCHANGE = 2
# The kernel or the file system has no RENAME_EXCHANGE: use the two renames.
UNSUPPORTED = frozenset({errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP})


def scratch_folder(target: Path) -> Path:
    return target.with_name(f"{SCRATCH_PREFIX}{target.name}")


def old_folder(target: Path) -> Path:
    return target.with_name(f".{target.name}.old")


@contextmanager
def staging(target: Path) -> Iterator[Path]:
    """Lock `target`'s folder, recover what a killed run left, and yield an empty scratch folder beside `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with _locked(target.parent):
        recover(target)
        scratch = scratch_folder(target)
        scratch.mkdir()
        try:
            yield scratch
        finally:
            _remove(scratch)


def recover(target: Path) -> None:
    """Bring `target`'s folder back to one whole `target` and nothing else of ours; safe to repeat after a kill."""
    old = old_folder(target)
    if not os.path.lexists(target) and os.path.lexists(old):
        os.replace(old, target)  # killed between the fallback's two renames: the old tree is whole
    _remove(old)
    for leftover in sorted(target.parent.glob(f"{SCRATCH_PREFIX}*")):
        _remove(leftover)


def swap_in(new_package: Path, target: Path) -> None:
    """Replace `target` by `new_package` (same file system); the old tree may be left at `new_package`'s path."""
    if not os.path.lexists(target):
        os.replace(new_package, target)
        return
    if _exchange(new_package, target):
        return
    old = old_folder(target)
    _remove(old)  # `target` exists, so this is never the only copy
    os.replace(target, old)
    os.replace(new_package, target)
    _remove(old)


def current_tree(target: Path) -> Path:
    """The tree that stands for `target`: after a killed fallback swap, the old one `recover` would put back."""
    old = old_folder(target)
    return old if not os.path.lexists(target) and os.path.lexists(old) else target


def _exchange(first: Path, second: Path) -> bool:
    """Exchange two paths in one step; False where the system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    """glibc's renameat2 (2.28 and later) on Linux; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One run at a time per folder, since the scratch folder's name is fixed (no locking where flock is missing)."""
    if sys.platform == "win32":
        yield
        return
    import fcntl

    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()


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
