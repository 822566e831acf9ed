"""`update-spec`: pin a new upstream spec, regenerate, and report what changed for the client's callers.

The new file is checked (sha256 when one is given, valid OpenAPI 3 after our transforms) and compared
with the currently pinned one before anything is written. With breaking changes and no
`ALLOW_BREAKING=1`, nothing is written: the report is printed and the exit status is 3. Otherwise
the file is kept in build/ (where the pin looks after ../shared/spec), `spec/upstream.toml` gets the
new file, url, version and sha256 (its comments kept), and `generated/okta_api` is regenerated; if
that fails, the pin is put back and generated/ stays as it was.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .api_diff import ApiDiff, diff_documents, render_markdown
from .errors import SpecError
from .load import load_document, load_file
from .migration import operation_moves, render_migration
from .normalize import fragment_paths, normalize, normalized_document
from .pin import Pin, read_pin, sha256_of
from .pipeline import Project, generate
from .swagger2 import CONVERTER, convert_file, convert_swagger2, is_swagger2

BREAKING_EXIT = 3
PIN_KEYS = ("file", "url", "version", "sha256")


@dataclass(frozen=True)
class Update:
    """What an update found, and whether it was applied."""

    pin: Pin
    diff: ApiDiff
    report: str
    applied: bool


def allow_breaking(environ: dict[str, str] | None = None) -> bool:
    return (os.environ if environ is None else environ).get("ALLOW_BREAKING", "") == "1"


def update_spec(
    project: Project, source: str, expected_sha256: str | None = None, url: str | None = None, allow: bool = False
) -> Update:
    """Compare `source` (a URL or a local path) with the pinned spec; pin it and regenerate unless that breaks callers.

    `url` is what the pin records for a local `source` (default: its `file://` URI).
    """
    pin_path = project.pin_file
    old_pin = read_pin(pin_path)
    data, recorded_url = read_source(source)
    actual = sha256_of(data)
    if expected_sha256 and expected_sha256.lower() != actual:
        raise SpecError(source, "", f"sha256 is {actual}, but {expected_sha256.lower()} was expected; refusing it")
    raw = load_document(data, source)
    if is_swagger2(raw):
        raise SpecError(
            source,
            "/swagger",
            "a Swagger 2.0 document: convert it first (`python -m okta_codegen swagger2 IN OUT.json`), "
            "publish the result, then update-spec with it",
        )
    version = (raw.get("info") or {}).get("version")
    if not isinstance(version, str | int | float) or isinstance(version, bool):
        raise SpecError(source, "/info/version", "the spec needs a version")
    file = old_pin.file if actual == old_pin.sha256 else file_name(project, str(version), _suffix(source), actual)
    new_pin = Pin(file=file, url=url or recorded_url, version=str(version), sha256=actual)
    # Both sides normalized the same way, our fragments included, so only upstream changes show.
    old = normalized_document(project.inputs)
    new = normalize(copy.deepcopy(raw), fragment_paths(project.inputs.spec_dir), source=source)
    diff = diff_documents(old, new)
    report = render_markdown(diff)
    if diff.breaking and not allow:
        return Update(new_pin, diff, report, applied=False)
    project.inputs.cache_dir.mkdir(parents=True, exist_ok=True)
    (project.inputs.cache_dir / new_pin.file).write_bytes(data)
    old_text = pin_path.read_text(encoding="utf-8")
    pin_path.write_text(pin_text(old_text, new_pin), encoding="utf-8")
    try:
        generate(project)
    except BaseException:
        pin_path.write_text(old_text, encoding="utf-8")
        raise
    return Update(new_pin, diff, report, applied=True)


def _normalized_file(path: Path, spec_dir: Path | None, already_normalized: bool) -> dict[str, Any]:
    """A spec file as the change report compares it (Swagger 2.0 converted first, our fragments merged)."""
    document = load_file(path)
    if already_normalized:
        return document
    if is_swagger2(document):
        document = convert_swagger2(path)
    return normalize(document, fragment_paths(spec_dir) if spec_dir is not None else [], source=str(path))


def read_source(source: str) -> tuple[bytes, str]:
    """The bytes of a URL or a local path, and the URL to record for them."""
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source):
        try:
            with urllib.request.urlopen(source, timeout=60) as response:
                body: bytes = response.read()
        except OSError as exc:
            raise SpecError(source, "", f"download failed: {exc}") from exc
        return body, source
    path = Path(source).expanduser().resolve()
    try:
        return path.read_bytes(), path.as_uri()
    except OSError as exc:
        raise SpecError(source, "", f"cannot read: {exc}") from exc


def pin_text(text: str, pin: Pin) -> str:
    """`text` (a pin file) with each key's value replaced in place: comments and order stay."""
    for key in PIN_KEYS:
        line = f"{key} = {json.dumps(getattr(pin, key))}"
        pattern = re.compile(rf"^{key}\s*=.*$", re.MULTILINE)
        if pattern.search(text):
            text = pattern.sub(line.replace("\\", "\\\\"), text, count=1)
        else:
            text = text.rstrip("\n") + "\n" + line + "\n"
    return text


def file_name(project: Project, version: str, suffix: str, sha256: str) -> str:
    """`okta-management-<version><suffix>`, unless ../shared/spec has other bytes under that name."""
    name = f"okta-management-{version}{suffix}"
    local = project.inputs.shared_spec_dir / name
    if local.is_file() and sha256_of(local.read_bytes()) != sha256:
        # The pin reads ../shared/spec first; a name of its own keeps this file from being shadowed there.
        return f"okta-management-{version}-{sha256[:12]}{suffix}"
    return name


def _suffix(source: str) -> str:
    name = source.rsplit("?", 1)[0].rsplit("/", 1)[-1].lower()
    return ".json" if name.endswith(".json") else ".yaml"


def run_spec_command(args: argparse.Namespace, project: Project) -> int:
    """The `update-spec`, `diff` and `swagger2` subcommands; 3 when the report has breaking changes."""
    if args.command == "swagger2":
        convert_file(Path(args.arguments[0]), Path(args.arguments[1]))
        print(f"wrote {args.arguments[1]} (converted by {CONVERTER})")
        return 0
    if args.command == "diff":
        old, new = (_normalized_file(Path(path), project.inputs.spec_dir, args.normalized) for path in args.arguments)
        diff = diff_documents(old, new)
        if args.migration:
            _publish(render_migration(operation_moves(old, new), diff.old_version, diff.new_version), args.report)
            return 0
        _publish(render_markdown(diff), args.report)
        return BREAKING_EXIT if diff.breaking else 0
    update = update_spec(project, args.arguments[0], args.sha256 or None, args.url, allow_breaking())
    _publish(update.report, args.report)
    if not update.applied:
        print(
            f"okta_codegen: {len(update.diff.breaking)} breaking change(s); nothing was changed. "
            "Set ALLOW_BREAKING=1 to pin and regenerate anyway.",
            file=sys.stderr,
        )
        return BREAKING_EXIT
    print(f"pinned {update.pin.file} (version {update.pin.version}, sha256 {update.pin.sha256}); regenerated")
    if update.pin.url.startswith("file:"):
        # build/ is not committed: another machine can only fetch the file from a URL it can reach.
        print(
            f"okta_codegen: the pin records {update.pin.url}; give --url with where the file is published",
            file=sys.stderr,
        )
    return 0


def _publish(report: str, path: Path | None) -> None:
    print(report, end="")
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(report, encoding="utf-8")
