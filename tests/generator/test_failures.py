"""Every generator failure is one `okta_codegen: error:` line and exit 1; --debug adds the traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from okta_codegen import __main__ as cli
from okta_codegen.errors import PluginFailed, SpecError
from okta_codegen.plugins import plugin_manager, spec_transforms

PLUGIN = """
from okta_codegen.hookspecs import hookimpl
from okta_codegen.transforms import SpecTransform

def explode(document, source):
    raise {error}

@hookimpl
def okta_codegen_spec_transforms():
    {hook}
    return [SpecTransform("boom-transform", 5, explode)]
"""


def plugin_dir(tmp_path: Path, error: str = "ValueError('kaboom')", hook: str = "pass") -> Path:
    """A folder that, on PYTHONPATH, installs the `okta_codegen` entry point `boom`."""
    folder = tmp_path / "plugin"
    (folder / "boom_plugin-1.0.dist-info").mkdir(parents=True)
    (folder / "boom_plugin-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: boom-plugin\nVersion: 1.0\n"
    )
    (folder / "boom_plugin-1.0.dist-info" / "entry_points.txt").write_text("[okta_codegen]\nboom = boom_plugin\n")
    (folder / "boom_plugin.py").write_text(PLUGIN.format(error=error, hook=hook))
    return folder


@pytest.fixture
def scratch_project(project_copy: Path) -> Path:
    generated = project_copy / "generated" / "okta_api"
    generated.mkdir(parents=True)
    (generated / "sentinel.py").write_text("KEEP = True\n")
    return project_copy


def run_generator(
    project: Path, plugins: Path, *extra: str, debug_env: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(plugins), os.environ.get("PYTHONPATH")]))}
    env.pop("OKTA_CODEGEN_DEBUG", None)
    if debug_env:
        env["OKTA_CODEGEN_DEBUG"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "okta_codegen", "generate", "--root", str(project), *extra],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_a_failing_transform_plugin_is_named_without_a_traceback(scratch_project: Path, tmp_path: Path) -> None:
    result = run_generator(scratch_project, plugin_dir(tmp_path))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "okta_codegen: error: transform 'boom-transform' of plugin 'boom' failed in hook"
        " okta_codegen_spec_transforms (running the transform): ValueError: kaboom"
    ]
    assert [p.name for p in (scratch_project / "generated" / "okta_api").iterdir()] == ["sentinel.py"]


def test_debug_shows_the_traceback(scratch_project: Path, tmp_path: Path) -> None:
    plugins = plugin_dir(tmp_path)
    for result in (
        run_generator(scratch_project, plugins, "--debug"),
        run_generator(scratch_project, plugins, debug_env=True),
    ):
        assert result.returncode == 1
        assert "Traceback (most recent call last)" in result.stderr
        assert 'boom_plugin.py", line' in result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("okta_codegen: error: transform 'boom-transform'")


@pytest.fixture
def forget_plugin() -> Iterator[None]:
    yield
    sys.modules.pop("boom_plugin", None)


@pytest.mark.usefixtures("forget_plugin")
def test_a_plugin_whose_hook_fails_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(plugin_dir(tmp_path, hook="raise RuntimeError('no transforms today')")))
    with pytest.raises(PluginFailed, match="plugin 'boom' failed in hook okta_codegen_spec_transforms: RuntimeError"):
        spec_transforms(plugin_manager())


@pytest.mark.usefixtures("forget_plugin")
def test_a_plugin_that_does_not_import_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = plugin_dir(tmp_path)
    (folder / "boom_plugin.py").write_text("raise ImportError('missing dependency')\n")
    monkeypatch.syspath_prepend(str(folder))
    with pytest.raises(PluginFailed, match=r"plugin 'boom \(boom_plugin\)' failed in hook loading the entry point"):
        plugin_manager()


@pytest.mark.usefixtures("forget_plugin")
def test_a_spec_error_from_a_plugin_passes_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(plugin_dir(tmp_path, error="SpecError('spec.yaml', '/paths/~1a', 'bad')")))
    (tmp_path / "plugin" / "boom_plugin.py").write_text(
        "from okta_codegen.errors import SpecError\n" + (tmp_path / "plugin" / "boom_plugin.py").read_text()
    )
    (boom,) = [t for t in spec_transforms(plugin_manager()) if t.name == "boom-transform"]
    with pytest.raises(SpecError, match=r"^spec.yaml#/paths/~1a: bad$"):
        boom.apply({}, "spec.yaml")


@pytest.mark.parametrize("bug", [KeyError("components"), RecursionError("maximum recursion depth exceeded")])
def test_a_bug_is_an_internal_error_line(
    bug: Exception, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(command: str, project: object) -> int:
        raise bug

    monkeypatch.setattr(cli, "_run", broken)
    monkeypatch.delenv("OKTA_CODEGEN_DEBUG", raising=False)
    assert cli.main(["generate", "--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("okta_codegen: error: internal error: ")
    assert "--debug" in err and "OKTA_CODEGEN_DEBUG=1" in err
    assert "Traceback" not in err
    monkeypatch.setenv("OKTA_CODEGEN_DEBUG", "1")
    assert cli.main(["generate", "--root", str(tmp_path)]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_a_spec_error_prints_file_and_pointer(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def bad(command: str, project: object) -> int:
        raise SpecError("spec/x.yaml", "/components/schemas/A~1B", "broken")

    monkeypatch.setattr(cli, "_run", bad)
    assert cli.main(["generate", "--root", str(tmp_path)]) == 1
    assert capsys.readouterr().err == "okta_codegen: error: spec/x.yaml#/components/schemas/A~1B: broken\n"
