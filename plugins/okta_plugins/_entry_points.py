"""Installed plugins: the entry points of one group, without paying for importlib.metadata when none exist.

``importlib.metadata.entry_points(group=...)`` imports importlib.metadata (with zipfile, csv and
importlib.resources: about 4.5 ms) and parses every distribution's entry_points.txt (about 4 ms in a
70-package environment): together a fifth of a client's cold start, spent by every client, while most
environments hold no okta_plugins entry point at all. A scan of the same directories for files that
mention the group decides first; where it cannot be sure (a zip on sys.path, a finder of distributions
other than the standard one) or finds the group named, importlib.metadata answers, so the result is
always exactly what ``entry_points(group=...)`` returns.
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import PathFinder
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

_METADATA_SUFFIXES = (".dist-info", ".egg-info")


def installed_entry_points(group: str) -> tuple[EntryPoint, ...]:
    """``importlib.metadata.entry_points(group=group)``, quick when no distribution names ``group``."""
    if not may_be_declared(group):
        return ()
    from importlib.metadata import entry_points

    return tuple(entry_points(group=group))


def may_be_declared(group: str) -> bool:
    """False only when no distribution importlib.metadata would find mentions ``group`` in its entry_points.txt."""
    if any(_finds_distributions(finder) and finder is not PathFinder for finder in sys.meta_path):
        return True
    return any(_mentions(entry or ".", group) for entry in sys.path)


def _finds_distributions(finder: object) -> bool:
    return getattr(finder, "find_distributions", None) is not None


def _mentions(path: str, group: str) -> bool:
    """Whether a distribution in the sys.path entry ``path`` may name ``group`` (a zip file: maybe)."""
    try:
        entries = os.scandir(path)
    except OSError:
        return os.path.isfile(path)  # importlib.metadata reads zip files on sys.path too
    with entries:
        for entry in entries:
            if entry.name.endswith(_METADATA_SUFFIXES) and _file_mentions(entry.path, group):
                return True
    return False


def _file_mentions(metadata_dir: str, group: str) -> bool:
    try:
        with open(os.path.join(metadata_dir, "entry_points.txt"), encoding="utf-8", errors="replace") as file:
            return group in file.read()
    except OSError:
        return False
