"""From the pinned upstream file and our fragments to one normalized, validated document."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .load import load_document, load_file
from .merge import merge_fragment
from .pin import fetch_pinned, read_pin
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
    pin = read_pin(inputs.pin_file)
    upstream_bytes = fetch_pinned(pin, inputs.shared_spec_dir, inputs.cache_dir)
    upstream = load_document(upstream_bytes, pin.file)
    return normalize(upstream, fragment_paths(inputs.spec_dir), load_entry_points, pin.file)


def fragment_paths(spec_dir: Path) -> list[Path]:
    return sorted(spec_dir.glob("*.yaml"))


def normalize(
    upstream: dict[str, Any], fragments: list[Path], load_entry_points: bool = True, source: str = "upstream spec"
) -> dict[str, Any]:
    """Merge `fragments` into `upstream` (named `source` in errors), apply every spec transform, validate.

    No document may refer to another file or URL, and no reference may loop, before anything else runs.
    """
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
    validate_document(upstream, source, owners)
    add_operation_extensions(manager, upstream)
    upstream[TRANSFORMS_RAN] = [asdict(record) for _, record in transforms]
    return upstream


def dump_json(document: dict[str, Any]) -> str:
    """Stable text for a document: the same input always gives the same bytes."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
