"""Format generated code with ruff, with settings fixed here so the output never depends on where it runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUFF_SETTINGS = ("--isolated", "--line-length", "120", "--target-version", "py311")


class FormattingFailed(Exception):
    """ruff could not format the generated code (usually a template produced invalid Python)."""


def format_package(package_dir: Path) -> None:
    _ruff("check", "--fix-only", "--select", "I,F401", "--quiet", str(package_dir))
    _ruff("format", str(package_dir))


def _ruff(*args: str) -> None:
    command = [sys.executable, "-m", "ruff", args[0], *RUFF_SETTINGS, *args[1:]]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise FormattingFailed(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
