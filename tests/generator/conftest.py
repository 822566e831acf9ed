"""Fixtures for generator tests that run the pipeline on a copy of the project's inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ..conftest import ROOT


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of spec/ in a scratch project beside a `shared/spec` holding the pinned upstream file."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "spec", root / "spec")
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "spec").symlink_to(ROOT.parent / "shared" / "spec")
    return root
