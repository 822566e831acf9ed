"""Convert a Swagger 2.0 Okta spec to OpenAPI 3 with swagger2openapi, a well-kept converter run by npx.

Older Okta management specs (the npm package `@okta/openapi`, up to 2.15.0) are Swagger 2.0; the
generator reads OpenAPI 3. Conversion is a step before the pipeline, not part of it: its output is
a new file, pinned and generated from like any other. Okta's own vendor extensions come through
unchanged; the transforms turn their Swagger-2 leftovers into OpenAPI 3.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .errors import SpecError
from .load import load_file
from .validate import check_local_references

# Pinned, so a conversion gives the same bytes on every machine; `--patch` fixes what Swagger 2 lets slip.
CONVERTER = "swagger2openapi@7.0.8"


def is_swagger2(document: dict[str, Any]) -> bool:
    return str(document.get("swagger", "")).startswith("2.")


def convert_swagger2(source: Path) -> dict[str, Any]:
    """Return `source` (a Swagger 2.0 YAML or JSON file) converted to an OpenAPI 3.0 document."""
    original = load_file(source)
    if not is_swagger2(original):
        raise SpecError(str(source), "/swagger", "not a Swagger 2.0 document")
    check_local_references(original, str(source))  # the converter would fetch what a remote $ref names
    npx = shutil.which("npx")
    if npx is None:
        raise SpecError(str(source), "", f"converting Swagger 2.0 needs Node.js's npx (for {CONVERTER}); none on PATH")
    with tempfile.TemporaryDirectory(prefix="okta-swagger2-") as scratch:
        target = Path(scratch) / "openapi.json"
        result = subprocess.run(
            [npx, "--yes", CONVERTER, "--patch", "--outfile", str(target), str(source.resolve())],
            cwd=scratch,  # away from any package.json, so the pinned converter is the one that runs
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not target.is_file():
            raise SpecError(str(source), "", f"{CONVERTER} failed:\n{result.stdout}{result.stderr}")
        document: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return document


def convert_file(source: Path, target: Path) -> None:
    """Write `source` converted to OpenAPI 3 as stable JSON text to `target`."""
    document = convert_swagger2(source)
    target.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
