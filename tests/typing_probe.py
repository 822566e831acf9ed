"""Run mypy --strict (the project's configuration) on a probe file, as users' code is checked."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

from mypy import api

from .conftest import ROOT


@dataclass(frozen=True)
class Checked:
    """What mypy said of one probe file."""

    output: str
    status: int
    name: str

    def errors(self) -> dict[int, str]:
        """The probe's error messages by line (several on one line joined)."""
        found: dict[int, str] = {}
        for match in re.finditer(rf"{re.escape(self.name)}:(\d+): error: (.*)", self.output):
            line = int(match.group(1))
            found[line] = f"{found[line]}; {match.group(2)}" if line in found else match.group(2)
        return found

    def revealed(self) -> dict[int, str]:
        """The type each `reveal_type` showed, by line."""
        pattern = rf'{re.escape(self.name)}:(\d+): note: Revealed type is "(.*)"'
        return {int(m.group(1)): m.group(2) for m in re.finditer(pattern, self.output)}


def check(source: str, directory: Path, name: str = "probe.py") -> Checked:
    """mypy on `source`, written to `directory/name`, with pyproject.toml's settings (strict, mypy_path)."""
    probe = directory / name
    probe.write_text(source, encoding="utf-8")
    out, status = run(probe)
    return Checked(out, status, name)


def run(*files: Path) -> tuple[str, int]:
    """mypy's report and exit status on `files`, checked together with pyproject.toml's settings."""
    with contextlib.chdir(ROOT):  # pyproject.toml's mypy_path is relative to the checkout
        out, err, status = api.run(
            ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"), *map(str, files)]
        )
    assert status in (0, 1), f"mypy could not run: {out}{err}"
    return out, status
