"""Entry-point discovery: always what importlib.metadata says, without importing it when nothing names the group."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest
from okta_plugins._entry_points import installed_entry_points, may_be_declared

GROUP = "okta_plugins"
NOBODY = "okta_plugins_nobody_declares"


def test_an_installed_plugin_is_found_as_importlib_metadata_finds_it(installed_thirdparty: Path) -> None:
    assert [ep.name for ep in installed_entry_points(GROUP)] == ["thirdparty"]
    assert installed_entry_points(GROUP) == tuple(entry_points(group=GROUP))


def test_a_group_nobody_names_is_empty_without_importlib_metadata(tmp_path: Path) -> None:
    code = textwrap.dedent(f"""\
        import sys
        from okta_plugins._entry_points import installed_entry_points
        print(installed_entry_points({NOBODY!r}), "importlib.metadata" in sys.modules)
        """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert done.stdout.split() == ["()", "False"]
    assert not entry_points(group=NOBODY)


def _dist_info(root: Path, name: str, suffix: str = ".dist-info") -> Path:
    meta = root / f"{name}-0.1{suffix}"
    meta.mkdir(parents=True)
    (meta / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    (meta / "entry_points.txt").write_text(f"[{GROUP}]\n{name} = {name}_module\n")
    return meta


def test_egg_info_directories_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _dist_info(tmp_path, "eggy", ".egg-info")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert may_be_declared(GROUP)
    assert "eggy" in [ep.name for ep in installed_entry_points(GROUP)]


def test_a_zip_on_sys_path_is_left_to_importlib_metadata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "src"
    meta = _dist_info(source, "zipped")
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in meta.iterdir():
            zf.write(file, f"{meta.name}/{file.name}")
    monkeypatch.syspath_prepend(str(archive))
    assert "zipped" in [ep.name for ep in installed_entry_points(GROUP)]


def test_another_finder_of_distributions_is_left_to_importlib_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    class Finder:
        @staticmethod
        def find_spec(*args: Any) -> None:
            return None

        @staticmethod
        def find_distributions(*args: Any) -> list[Any]:
            return []

    assert not may_be_declared(NOBODY)
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder])
    assert may_be_declared(NOBODY)
    assert installed_entry_points(NOBODY) == ()
