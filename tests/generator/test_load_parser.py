"""The spec loader parses with ruamel.yaml's C parser, and reads every document as the pure-Python parser does."""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any

import pytest
from okta_codegen import load
from okta_codegen.errors import SpecError
from okta_codegen.load import load_document
from ruamel.yaml import YAML

from ..conftest import ROOT

SHARED = ROOT.parent / "shared" / "spec"

# Scalars where YAML 1.1 and 1.2, or a C and a Python scanner, could disagree.
TRICKY = """\
openapi: 3.0.3
booleans: [true, false, True, yes, no, on, off, y, n]
numbers: [0o17, 017, 0x1F, 1_000, 1e3, .5, -.inf, .nan, 0b101, +12, -0]
nulls: [null, ~, Null, '']
dates:
  - 2024-01-02
  - 2024-01-02T03:04:05Z
  - 2024-01-02 03:04:05.123+01:00
strings: ["tab\\there", 'it''s', "\\u00e9\\U0001F600", héllo, "#not a comment", a: b]
sexagesimal: 12:30:00
block: |
  line one
    indented
  trailing
folded: >-
  folded
  text

  paragraph
merged:
  <<: &base {a: 1, b: [x, y]}
  c: *base
long key ? : value
? [complex, key]
: value
empty: {}
"""


def pure_load(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(io.StringIO(text))


def test_the_loader_uses_the_c_parser() -> None:
    yaml = load.yaml_loader()
    assert yaml.Parser.__module__.startswith("ruamel.yaml.clib"), "ruamel.yaml.clib is missing: the 8 s parser runs"


def test_tricky_scalars_load_as_the_pure_parser_reads_them() -> None:
    load.yaml_loader().load(io.StringIO(TRICKY))  # the C parser reads it: no fallback hides a difference
    assert pickle.dumps(load_document(TRICKY.encode(), "tricky.yaml")) == pickle.dumps(pure_load(TRICKY))


def test_yaml_the_c_parser_refuses_is_read_by_the_pure_one() -> None:
    # Colons inside plain scalars of flow collections: YAML 1.2 allows them, libyaml does not.
    text = "openapi: 3.0.3\nflow: [12:30:00, a:b, {a:b: c}, k: v]\n"
    assert load_document(text.encode(), "flow.yaml") == pure_load(text)


def test_a_parse_error_is_the_pure_parsers() -> None:
    expected = r"bad\.yaml#: not valid YAML or JSON at line 3, column 1: while parsing a flow sequence"
    with pytest.raises(SpecError, match=expected):
        load_document(b"openapi: 3.0.3\nflow: [a, b\n", "bad.yaml")


@pytest.mark.parametrize(
    "path",
    [
        *sorted((ROOT / "spec").glob("*.yaml")),
        SHARED / "okta-management-2.16.0.yaml",
        SHARED / "okta-governance-enduser-3.2.0.yaml",
    ],
    ids=lambda path: path.name,
)
def test_specs_load_as_the_pure_parser_reads_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    # pickle keeps what == blurs: key order, 1 against 1.0 against True, str against a date.
    assert pickle.dumps(load_document(text.encode(), str(path))) == pickle.dumps(pure_load(text))
