"""A generate killed at any step leaves generated/okta_api whole (old or new), and the next run cleans up after it.

Kills are injected at exact steps, not by timing: every rename, exchange, remove and mkdir of a run counts as
a step, and the run is killed right after step N, for every N. The real kill is SIGKILL in a child process
(no `finally` runs); the in-process one raises KeyboardInterrupt (every `finally` runs).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from okta_codegen import output, pipeline

OLD = {"__init__.py": "OLD = 1\n", "api/user/list_users.py": "old\n", "models/user.py": "old user\n"}
NEW = {"__init__.py": "NEW = 1\n", "api/user/list_users.py": "new\n", "api/group/list_groups.py": "new\n"}
NEWER = {"__init__.py": "NEWER = 1\n", "models/group.py": "newer\n"}

# A run of pipeline.generate whose build writes a small tree (argv: root, tree as repr, kill after step N or -1,
# "exchange" or "fallback"); every mutating file-system call is a step.
CHILD = textwrap.dedent(
    """
    import ast, os, signal, sys
    from pathlib import Path
    from okta_codegen import output, pipeline

    root, tree, kill_after, swap = Path(sys.argv[1]), ast.literal_eval(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    steps = 0

    def counted(function):
        def run(*args, **kwargs):
            global steps
            result = function(*args, **kwargs)
            steps += 1
            if steps == kill_after:
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        return run

    for name in ("rename", "replace", "unlink", "rmdir", "mkdir"):
        setattr(os, name, counted(getattr(os, name)))
    if swap == "fallback":
        output._exchange = lambda first, second: False
    elif hasattr(output, "_exchange"):
        output._exchange = counted(output._exchange)

    def build(project, into):
        package = into / "okta_api"
        for relative, text in tree.items():
            (package / relative).parent.mkdir(parents=True, exist_ok=True)
            (package / relative).write_text(text)
        return package

    pipeline.build_package = build
    pipeline.generate(pipeline.Project(root))
    print(steps)
    """
)


def run_child(root: Path, tree: dict[str, str], kill_after: int, swap: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(root), repr(tree), str(kill_after), swap],
        capture_output=True,
        text=True,
        check=False,
    )


def write_tree(folder: Path, tree: dict[str, str]) -> None:
    for relative, text in tree.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text)


def read_tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text() for p in folder.rglob("*") if p.is_file()}


def committed_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.rmtree(root, ignore_errors=True)
    write_tree(root / "generated" / "okta_api", OLD)
    return root


@pytest.mark.parametrize("swap", ["exchange", "fallback"])
def test_a_sigkill_after_any_step_leaves_a_whole_tree_and_the_next_run_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, swap: str
) -> None:
    """With the exchange okta_api itself is always whole; the fallback may leave it aside for `recover`."""
    monkeypatch.setattr(pipeline, "build_package", fake_build(NEWER))
    root = committed_project(tmp_path)
    clean = run_child(root, NEW, -1, swap)
    assert clean.returncode == 0, clean.stderr
    total = int(clean.stdout)
    outcomes = []
    for kill_after in range(1, total + 1):
        root = committed_project(tmp_path)
        killed = run_child(root, NEW, kill_after, swap)
        assert killed.returncode == -signal.SIGKILL, (kill_after, killed.stderr)
        target = root / "generated" / "okta_api"
        left = read_tree(target if swap == "exchange" else output.current_tree(target))
        assert left in (OLD, NEW), f"killed after step {kill_after} of {total}: {sorted(left)}"
        outcomes.append("new" if left == NEW else "old")
        pipeline.generate(pipeline.Project(root))
        assert read_tree(root / "generated" / "okta_api") == NEWER
        assert sorted(p.name for p in (root / "generated").iterdir()) == ["okta_api"], kill_after
    assert "old" in outcomes and "new" in outcomes  # the kills did land on both sides of the swap


class Killed(BaseException):
    """Stands for a kill that still lets `finally` blocks run (Ctrl-C, SystemExit)."""


def kill_after_step(monkeypatch: pytest.MonkeyPatch, kill_after: int) -> list[int]:
    steps = [0]

    def counted(function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            result = function(*args, **kwargs)
            steps[0] += 1
            if steps[0] == kill_after:
                raise Killed
            return result

        return run

    for name in ("rename", "replace", "unlink", "rmdir", "mkdir"):
        monkeypatch.setattr(os, name, counted(getattr(os, name)))
    monkeypatch.setattr(output, "_exchange", counted(output._exchange))
    return steps


def fake_build(tree: dict[str, str]) -> Callable[[pipeline.Project, Path], Path]:
    def build(project: pipeline.Project, into: Path) -> Path:
        write_tree(into / "okta_api", tree)
        return into / "okta_api"

    return build


def test_an_interrupt_after_any_step_leaves_a_whole_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "build_package", fake_build(NEW))
    root = committed_project(tmp_path)
    with monkeypatch.context() as patch:
        steps = kill_after_step(patch, -1)
        pipeline.generate(pipeline.Project(root))
    for kill_after in range(1, steps[0] + 1):
        root = committed_project(tmp_path)
        with monkeypatch.context() as patch:
            kill_after_step(patch, kill_after)
            with pytest.raises(Killed):
                pipeline.generate(pipeline.Project(root))
        assert read_tree(root / "generated" / "okta_api") in (OLD, NEW), kill_after
        output.recover(root / "generated" / "okta_api")
        assert sorted(p.name for p in (root / "generated").iterdir()) == ["okta_api"], kill_after


def test_a_run_puts_back_the_tree_an_older_run_left_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The state the old swap left when killed between its renames: no okta_api, the old tree aside, scratch."""
    generated = tmp_path / "generated"
    write_tree(generated / ".okta_api.old", OLD)
    for number in range(9):
        write_tree(generated / f".generate-{number}abc", {"okta_api/half.py": "x\n"})
    target = generated / "okta_api"

    def failing_build(project: pipeline.Project, into: Path) -> Path:
        raise ImportError("the build fails")

    monkeypatch.setattr(pipeline, "build_package", failing_build)
    with pytest.raises(ImportError):
        pipeline.generate(pipeline.Project(tmp_path))
    assert read_tree(target) == OLD
    assert sorted(p.name for p in generated.iterdir()) == ["okta_api"]


def test_check_compares_the_tree_recover_would_put_back(tmp_path: Path) -> None:
    write_tree(tmp_path / ".okta_api.old", OLD)
    assert output.current_tree(tmp_path / "okta_api") == tmp_path / ".okta_api.old"
    write_tree(tmp_path / "okta_api", NEW)
    assert output.current_tree(tmp_path / "okta_api") == tmp_path / "okta_api"


def test_the_exchange_is_used_on_linux(tmp_path: Path) -> None:
    """Where renameat2 exists, the swap is one exchange: no moment without the package."""
    if output._renameat2() is None:
        assert not sys.platform.startswith("linux")
        return
    write_tree(tmp_path / "a", OLD)
    write_tree(tmp_path / "b", NEW)
    assert output._exchange(tmp_path / "a", tmp_path / "b")
    assert (read_tree(tmp_path / "a"), read_tree(tmp_path / "b")) == (NEW, OLD)
