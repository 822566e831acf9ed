"""The whole generator run: inputs -> normalized spec -> client package -> formatted -> in place."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .build_record import transform_differences
from .client_view import client_view
from .errors import SpecError
from .format import format_package
from .names import check_python_names
from .normalize import Inputs, dump_json, normalized_validating
from .opc import PACKAGE, render_client
from .output import current_tree, staging, swap_in, tree_differences, write_atomic
from .render_cache import cached_package, render_key, store_package

SHIPPED = "shipped"
"""The target whose client is committed in generated/: the spec pinned in spec/upstream.toml."""


@dataclass(frozen=True)
class Project:
    """The project's folders, relative to its root, for one build target.

    The shipped target reads `spec/upstream.toml` and writes `generated/okta_api`. Every other
    target is a pin `spec/targets/<name>.toml` (same keys) generated into `build/targets/<name>/`:
    a spec we keep building and testing without shipping its client.
    """

    root: Path
    target: str = SHIPPED

    @property
    def pin_file(self) -> Path:
        if self.target == SHIPPED:
            return self.root / "spec" / "upstream.toml"
        return self.root / "spec" / "targets" / f"{self.target}.toml"

    @property
    def inputs(self) -> Inputs:
        return Inputs(self.root / "spec", self.root.parent / "shared" / "spec", self.root / "build", self.pin_file)

    @property
    def build_dir(self) -> Path:
        return self.root / "build" if self.target == SHIPPED else self.root / "build" / "targets" / self.target

    @property
    def normalized_spec(self) -> Path:
        return self.build_dir / "okta-openapi.json"

    @property
    def generated(self) -> Path:
        if self.target == SHIPPED:
            return self.root / "generated" / PACKAGE
        return self.build_dir / PACKAGE


def target_names(root: Path) -> list[str]:
    """Every build target: the shipped one first, then `spec/targets/*.toml` by name."""
    return [SHIPPED, *sorted(path.stem for path in (root / "spec" / "targets").glob("*.toml"))]


def project_for(root: Path, target: str) -> Project:
    """The project for `target`; an unknown name is an error listing the known ones."""
    known = target_names(root)
    if target not in known:
        raise SpecError(str(root / "spec" / "targets"), "", f"no target {target!r}; known: {', '.join(known)}")
    return Project(root, target)


def build_package(project: Project, into: Path) -> Path:
    """Generate, format and import-check the package under `into`; return its folder.

    The document's validation (when not cached) runs in a child process meanwhile: it must pass before the
    normalized spec is written or the package stored, and its error comes first whatever else failed.
    """
    document, validation = normalized_validating(project.inputs)
    with validation:
        normalized: str | None = None
        try:
            normalized = dump_json(document)
            package, rendered, key = _render_package(project, document, into)
        except Exception:
            validation.wait()
            if normalized is not None:  # kept for looking into what failed, as before a failed render
                write_atomic(project.normalized_spec, normalized)
            raise
        validation.wait()
    write_atomic(project.normalized_spec, normalized)
    if rendered:
        store_package(project.inputs.cache_dir / "cache", key, package)
    return package


def _render_package(project: Project, document: dict[str, Any], into: Path) -> tuple[Path, bool, str]:
    """The package under `into`, from the render cache or rendered, formatted and import-checked (then True)."""
    view = client_view(document, str(project.normalized_spec))
    # Before rendering, with names as openapi-python-client will see them (after the view's renames of
    # titles and numbered twins): it would keep one of two things that share a Python name.
    check_python_names(view.document, str(project.normalized_spec.relative_to(project.root)))
    package = into / PACKAGE
    key = render_key(view)
    if cached_package(project.inputs.cache_dir / "cache", key, package):
        return package, False, key
    render_client(view, package)
    format_package(package)
    check_imports(into)
    return package, True, key


def generate(project: Project) -> None:
    """Regenerate `generated/okta_api`; on any failure the committed tree stays as it was."""
    with staging(project.generated) as scratch:  # first puts back whatever a killed run left
        package = build_package(project, scratch)
        swap_in(package, project.generated)


def check_generated(project: Project) -> list[str]:
    """What regenerating would change in the committed `generated/okta_api` (empty: nothing)."""
    with tempfile.TemporaryDirectory(prefix="okta-check-") as scratch:
        package = build_package(project, Path(scratch))
        committed = current_tree(project.generated)
        if not committed.exists():
            return [f"missing {project.generated}"]
        # Which plugins ran explains the file differences that follow, so it comes first.
        return transform_differences(committed, package) + tree_differences(committed, package)


def check_imports(package_parent: Path) -> None:
    """Byte-compile everything and import the package's entry points, in a fresh interpreter."""
    script = (
        "import compileall, sys\n"
        f"ok = compileall.compile_dir({str(package_parent / PACKAGE)!r}, quiet=1, legacy=False)\n"
        "import okta_api, okta_api.models, okta_api.client, okta_api.api.user.list_users\n"
        "sys.exit(0 if ok else 1)\n"
    )
    result = subprocess.run(
        [sys.executable, "-B", "-c", script],
        cwd=package_parent,
        env={"PYTHONPATH": str(package_parent), "PYTHONDONTWRITEBYTECODE": "1", "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    # compileall writes caches whatever the flags say; the package must leave as it was rendered.
    for cache in list((package_parent / PACKAGE).rglob("__pycache__")):
        shutil.rmtree(cache, ignore_errors=True)
    if result.returncode != 0:
        raise ImportError(f"the generated package does not import:\n{result.stdout}{result.stderr}")
