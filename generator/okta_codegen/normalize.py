"""From the pinned upstream file and our fragments to one normalized, validated document."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .background import Pending, start
from .cache import cache_key, fingerprint, read_entry, source_of, tool_versions, write_entry
from .load import load_document, load_file
from .merge import merge_fragment
from .pin import fetch_pinned, read_pin, sha256_of
from .plugins import TRANSFORMS_RAN, add_operation_extensions, plugin_manager, recorded_transforms
from .validate import check_references_alone, fragment_parts, validate_document


@dataclass(frozen=True)
class Inputs:
    """Where the generator reads from."""

    spec_dir: Path  # spec/: the pin and our fragments
    shared_spec_dir: Path  # ../shared/spec: a local copy of the upstream file, when present
    cache_dir: Path  # build/: where a downloaded upstream file is kept
    pin_file: Path  # spec/upstream.toml, or a target's spec/targets/<name>.toml


def normalized_document(inputs: Inputs, load_entry_points: bool = True) -> dict[str, Any]:
    document, validation = normalized_validating(inputs, load_entry_points)
    with validation:
        validation.wait()
    return document


def normalized_validating(inputs: Inputs, load_entry_points: bool = True) -> tuple[dict[str, Any], Pending]:
    """The normalized document at once, and its validation, running in a child process when not cached.

    Until `wait` returns, the document may be invalid: whatever fails on it must `wait` first, whose error
    then explains the failure.
    """
    pin = read_pin(inputs.pin_file)
    upstream_bytes = fetch_pinned(pin, inputs.shared_spec_dir, inputs.cache_dir)
    cache = inputs.cache_dir / "cache"
    upstream = load_upstream(upstream_bytes, pin.file, cache)
    return _normalize(upstream, fragment_paths(inputs.spec_dir), load_entry_points, pin.file, cache, True)


def load_upstream(data: bytes, source: str, cache: Path | None) -> dict[str, Any]:
    """`load_document(data, source)`, from `cache`/parsed when these bytes were loaded before by this loader.

    Only documents that passed loading (alias and depth bounds included) are stored, so a hit is one.
    """
    if cache is None:
        return load_document(data, source)
    key = cache_key(sha256_of(data), sys.version, tool_versions("ruamel.yaml", "ruamel.yaml.clib"), LOADER_SOURCE)
    cached = read_entry(cache / "parsed", key)
    if isinstance(cached, dict):
        return cached
    document = load_document(data, source)
    write_entry(cache / "parsed", key, document)
    return document


LOADER_SOURCE = source_of("load", "refs", "errors", "cache")
VALIDATOR_SOURCE = source_of("validate", "refs", "merge", "errors", "cache")
VALIDATOR_TOOLS = ("openapi-spec-validator", "openapi-schema-validator", "jsonschema", "jsonschema-path", "referencing")


def validated(document: dict[str, Any], source: str, owners: dict[str, str], cache: Path | None) -> None:
    """`validate_document`, skipped when this exact document passed it before with the same validator.

    Validation is deterministic, so the key is the document's content (which keeps the types that
    JSON would blur, such as integer keys; see `fingerprint`) with the validators' versions and our checks' source.
    """
    with validating(document, source, owners, cache, background=False) as validation:
        validation.wait()


def validating(
    document: dict[str, Any], source: str, owners: dict[str, str], cache: Path | None, background: bool
) -> Pending:
    """`validated`, started: in a forked child process when `background` (the document as it is now, whatever
    happens to it next), and written to the cache when `wait` finds that it passed."""
    if cache is None:
        return start(lambda: validate_document(document, source, owners), background)
    key = cache_key(fingerprint(document), sys.version, tool_versions(*VALIDATOR_TOOLS), VALIDATOR_SOURCE)
    if read_entry(cache / "validated", key) == key:
        return start(lambda: None, background=False)
    return start(
        lambda: validate_document(document, source, owners),
        background,
        on_success=lambda: write_entry(cache / "validated", key, key),
    )


def fragment_paths(spec_dir: Path) -> list[Path]:
    return sorted(spec_dir.glob("*.yaml"))


def normalize(
    upstream: dict[str, Any],
    fragments: list[Path],
    load_entry_points: bool = True,
    source: str = "upstream spec",
    cache: Path | None = None,
) -> dict[str, Any]:
    """Merge `fragments` into `upstream` (named `source` in errors), apply every spec transform, validate.

    No document may refer to another file or URL, and no reference may loop, before anything else runs.
    With a `cache` folder, a document that validated before is not validated again.
    """
    document, validation = _normalize(upstream, fragments, load_entry_points, source, cache, False)
    with validation:
        validation.wait()
    return document


def _normalize(
    upstream: dict[str, Any],
    fragments: list[Path],
    load_entry_points: bool,
    source: str,
    cache: Path | None,
    background: bool,
) -> tuple[dict[str, Any], Pending]:
    check_references_alone(upstream, source)
    owners: dict[str, str] = {}
    for fragment in fragments:
        document = load_file(fragment)
        check_references_alone(document, str(fragment))
        merge_fragment(upstream, document, str(fragment))
        owners.update(dict.fromkeys(fragment_parts(document), str(fragment)))
    manager = plugin_manager(load_entry_points)
    transforms = recorded_transforms(manager)
    for transform, _ in transforms:
        transform.apply(upstream, source)
    validation = validating(upstream, source, owners, cache, background)
    try:
        add_operation_extensions(manager, upstream)
    except Exception:
        with validation:  # an invalid document explains a plugin's failure on it
            validation.wait()
        raise
    upstream[TRANSFORMS_RAN] = [asdict(record) for _, record in transforms]
    return upstream, validation


def dump_json(document: dict[str, Any]) -> str:
    """Stable text for a document: the same input always gives the same bytes."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
