"""Find the pinned upstream spec (local copy or download) and check its sha256."""

from __future__ import annotations

import hashlib
import tomllib
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SpecError


@dataclass(frozen=True)
class Pin:
    """What `spec/upstream.toml` records about the upstream file."""

    file: str
    url: str
    version: str
    sha256: str
    pinned_in: str = field(default="spec/upstream.toml", compare=False)
    """The pin file, as error messages name it."""


def read_pin(path: Path) -> Pin:
    """Read a pin file; every key is required."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SpecError(str(path), "", f"cannot read the pin: {exc}") from exc
    missing = [key for key in ("file", "url", "version", "sha256") if not isinstance(data.get(key), str)]
    if missing:
        raise SpecError(str(path), "", f"missing key(s): {', '.join(missing)}")
    return Pin(
        file=data["file"],
        url=data["url"],
        version=data["version"],
        sha256=data["sha256"].lower(),
        pinned_in=f"{path.parent.name}/{path.name}",
    )


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_pinned(pin: Pin, local_dir: Path, cache_dir: Path) -> bytes:
    """Return the pinned file's bytes: from `local_dir`, else the cache, else `pin.url`.

    Whatever the source, bytes whose sha256 is not the pinned one are refused.
    """
    local = local_dir / pin.file
    cached = cache_dir / pin.file
    if local.is_file():
        source, data = str(local), local.read_bytes()
    elif cached.is_file():
        source, data = str(cached), cached.read_bytes()
    else:
        source, data = pin.url, _download(pin.url)
    actual = sha256_of(data)
    if actual != pin.sha256:
        raise SpecError(source, "", f"sha256 is {actual}, but {pin.pinned_in} pins {pin.sha256}; refusing it")
    if source == pin.url:
        cache_dir.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(data)
    return data


def _download(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            body: bytes = response.read()
            return body
    except OSError as exc:
        raise SpecError(url, "", f"download failed: {exc}") from exc
