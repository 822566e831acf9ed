"""YAML aliases cannot multiply the generator's work, and nesting stays within what its walkers handle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from okta_codegen.errors import SpecError
from okta_codegen.load import MAX_DEPTH, load_document

from ..conftest import ROOT


def alias_levels(levels: int, width: int) -> bytes:
    """`levels` anchors, each a list of `width` aliases of the one before: width**levels leaves."""
    lines = ["openapi: 3.0.3", f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels + 1)]
    return "\n".join(lines).encode()


def mapping_levels(levels: int, width: int) -> bytes:
    lines = ["openapi: 3.0.3", "m0: &m0 {a: 1, b: 2}"]
    for i in range(1, levels + 1):
        members = ", ".join(f"k{j}: *m{i - 1}" for j in range(width))
        lines.append(f"m{i}: &m{i} {{{members}}}")
    return "\n".join(lines).encode()


def merge_keys(levels: int) -> bytes:
    lines = ["openapi: 3.0.3", "m0: &m0 {a: 1, b: 2}"]
    lines += [f"m{i}: &m{i} {{<<: *m{i - 1}, x{i}: *m{i - 1}, y{i}: *m{i - 1}}}" for i in range(1, levels + 1)]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    "bomb",
    [
        pytest.param(alias_levels(9, 10), id="wide: nine levels of ten aliases"),
        pytest.param(alias_levels(40, 2), id="deep: forty levels of two aliases"),
        pytest.param(mapping_levels(7, 12), id="mappings of aliased mappings"),
        pytest.param(merge_keys(40), id="merge keys and aliases"),
    ],
)
def test_an_alias_bomb_is_refused(bomb: bytes) -> None:
    with pytest.raises(SpecError, match="alias bomb") as caught:
        load_document(bomb, "bomb.yaml")
    assert caught.value.file == "bomb.yaml"


def test_the_refusal_says_where() -> None:
    with pytest.raises(SpecError, match=r"alias bomb \(line \d+, column \d+\)") as caught:
        load_document(alias_levels(9, 10), "bomb.yaml")
    assert caught.value.pointer.startswith("/a")


@pytest.mark.parametrize("data", [b"a: &a [x, *a]\n", b"a: &a {b: {c: *a}}\n"], ids=["list", "mapping"])
def test_a_recursive_alias_is_refused(data: bytes) -> None:
    with pytest.raises(SpecError, match="refers to a node that contains it") as caught:
        load_document(data, "loop.yaml")
    assert caught.value.pointer == "/a"


@pytest.mark.parametrize(
    "data",
    [
        b"a: " + b"[" * (MAX_DEPTH + 5) + b"]" * (MAX_DEPTH + 5),
        b"a: " + b"{a: " * (MAX_DEPTH + 5) + b"1" + b"}" * (MAX_DEPTH + 5),
        b'{"a": ' + b'{"a": ' * (MAX_DEPTH + 5) + b"1" + b"}" * (MAX_DEPTH + 6),
    ],
    ids=["yaml lists", "yaml mappings", "json"],
)
def test_absurd_nesting_is_refused(data: bytes) -> None:
    with pytest.raises(SpecError, match=f"nested more than {MAX_DEPTH} levels"):
        load_document(data, "deep.yaml")


def test_a_few_aliases_still_load() -> None:
    document = load_document(alias_levels(3, 10) + b"\nbase: &b {x: 1}\nc: {<<: *b, y: 2}\n", "ok.yaml")
    assert len(document["a3"]) == 10
    assert document["c"] == {"x": 1, "y": 2}


@pytest.mark.parametrize("name", ["okta-management-2.16.0.yaml", "okta-management-2026.06.3.yaml"])
def test_real_specs_still_load(name: str) -> None:
    document = load_document((ROOT.parent / "shared" / "spec" / name).read_bytes(), name)
    assert str(document["openapi"]).startswith("3.")
    assert len(document["paths"]) > 100


def test_an_alias_bomb_in_a_fragment_fails_the_run_clearly(project_copy: Path) -> None:
    generated = project_copy / "generated" / "okta_api"
    generated.mkdir(parents=True)
    (generated / "sentinel.py").write_text("KEEP = True\n")
    (project_copy / "spec" / "zz-bomb.yaml").write_bytes(alias_levels(9, 10))
    result = subprocess.run(
        [sys.executable, "-m", "okta_codegen", "generate", "--root", str(project_copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("okta_codegen: error: ")
    assert "zz-bomb.yaml#/a4: YAML aliases expand this to" in result.stderr
    assert [p.name for p in generated.iterdir()] == ["sentinel.py"]
