"""Read a YAML or JSON document into plain Python data."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from .errors import SpecError


def load_document(data: bytes, source: str) -> dict[str, Any]:
    """Parse `data` (YAML, of which JSON is a subset) and insist on a mapping at the top."""
    yaml = YAML(typ="safe", pure=False)
    try:
        text = data.decode("utf-8")
        document = yaml.load(io.StringIO(text))
    except UnicodeDecodeError as exc:
        raise SpecError(source, "", f"not UTF-8 text: {exc}") from exc
    except YAMLError as exc:
        raise SpecError(source, _yaml_pointer(exc), f"not valid YAML or JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecError(source, "", f"expected a mapping at the top, found {type(document).__name__}")
    return document


def load_file(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpecError(str(path), "", f"cannot read: {exc}") from exc
    return load_document(data, str(path))


def _yaml_pointer(exc: YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return ""
    return f"(line {mark.line + 1}, column {mark.column + 1})"
