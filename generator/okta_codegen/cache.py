"""Content-keyed caches in build/cache: the parsed upstream document, and which documents validated.

A key is the sha256 of everything the cached result depends on (input bytes, the versions of the tools that
computed it, the source of our own code that did). An entry stores its key and the sha256 of its payload, so a
truncated, edited or foreign file is a miss, never an error. Entries are written atomically.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import fields, is_dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

MAGIC = b"okta-codegen-cache-1\n"


def cache_key(*parts: str | bytes) -> str:
    """The sha256 of `parts`, each length-prefixed so that no two lists of parts give the same key."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(f"{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


def tool_versions(*distributions: str) -> str:
    """`name==version` of each distribution (`name==?` when not installed), for cache keys."""
    found = []
    for name in distributions:
        try:
            found.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}==?")
    return ",".join(found)


def source_of(*modules: str) -> bytes:
    """The source text of our own modules (files next to this one), so that editing one misses the cache."""
    here = Path(__file__).parent
    return b"\0".join((here / f"{name}.py").read_bytes() for name in modules)


def read_entry(folder: Path, key: str) -> Any | None:
    """The payload stored under `key`, or None when absent, corrupt or stored under another key."""
    path = folder / key
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header = MAGIC + key.encode() + b"\n"
    if not data.startswith(header) or len(data) < len(header) + 65:
        return None
    digest, payload = data[len(header) : len(header) + 64], data[len(header) + 65 :]
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        return None
    try:
        # Only bytes this module wrote under this key and whose digest matches get here.
        return pickle.loads(payload)
    except Exception:  # a payload of another Python or a class since renamed: a miss
        return None


def write_entry(folder: Path, key: str, value: Any) -> None:
    """Store `value` under `key`; a cache that cannot be written is simply not written."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    data = MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(temporary, folder / key)
    except OSError:
        return
    prune(folder)


KEEP = 8
"""Entries kept per folder: enough for the shipped spec and a few targets, bounded whatever happens."""


def prune(folder: Path, keep: int = KEEP) -> None:
    """Remove all but the `keep` most recently written entries of `folder`."""
    try:
        entries = sorted(folder.iterdir(), key=lambda path: path.stat().st_mtime, reverse=True)
        for stale in entries[keep:]:
            stale.unlink()
    except OSError:
        return


def fingerprint(value: object) -> str:
    """The sha256 of a canonical text of `value`: like `repr`, but sets are sorted, so that it does not depend
    on string hash randomization. Types that JSON would blur (integer keys, tuples) stay distinct; an object
    without a value repr gives a different text each run, which only ever misses."""
    digest = hashlib.sha256()
    _feed(value, digest)
    return digest.hexdigest()


def _feed(value: object, digest: Any) -> None:
    if isinstance(value, dict):
        digest.update(b"{")
        for key, item in value.items():
            _feed(key, digest)
            digest.update(b":")
            _feed(item, digest)
            digest.update(b",")
        digest.update(b"}")
    elif isinstance(value, (list, tuple)):
        digest.update(b"[" if isinstance(value, list) else b"(")
        for item in value:
            _feed(item, digest)
            digest.update(b",")
        digest.update(b"]")
    elif isinstance(value, (set, frozenset)):
        digest.update(b"set{")
        digest.update(",".join(sorted(fingerprint(item) for item in value)).encode())
        digest.update(b"}")
    elif is_dataclass(value) and not isinstance(value, type):
        digest.update(type(value).__qualname__.encode() + b"(")
        for field in fields(value):
            digest.update(field.name.encode() + b"=")
            _feed(getattr(value, field.name), digest)
        digest.update(b")")
    else:
        digest.update(repr(value).encode("utf-8", "surrogatepass"))
