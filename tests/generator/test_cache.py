"""The generator's caches (build/cache): keyed by content and tool versions, a corrupt entry is a miss."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from okta_codegen import normalize as normalize_module
from okta_codegen.cache import cache_key, fingerprint, read_entry, write_entry
from okta_codegen.client_view import ClientView
from okta_codegen.errors import SpecError
from okta_codegen.normalize import load_upstream, validated
from okta_codegen.output import tree_differences
from okta_codegen.render_cache import cached_package, render_key, store_package
from okta_codegen.validate import validate_document

SPEC = b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.iterdir()) if folder.exists() else []


def test_an_entry_reads_back_under_its_key_only(tmp_path: Path) -> None:
    write_entry(tmp_path, "k1", {"a": [1, 2]})
    assert read_entry(tmp_path, "k1") == {"a": [1, 2]}
    (tmp_path / "k1").rename(tmp_path / "k2")  # a file stored under another key is not this key's entry
    assert read_entry(tmp_path, "k2") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-10],  # truncated
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit flipped in the payload
        lambda data: b"",
        lambda data: b"garbage" + data,
    ],
)
def test_a_corrupt_entry_is_a_miss(tmp_path: Path, damage: Any) -> None:
    write_entry(tmp_path, "key", {"a": 1})
    path = tmp_path / "key"
    path.write_bytes(damage(path.read_bytes()))
    assert read_entry(tmp_path, "key") is None


def test_a_corrupt_parsed_entry_is_ignored_and_replaced(tmp_path: Path) -> None:
    first = load_upstream(SPEC, "spec.yaml", tmp_path)
    [entry] = _entries(tmp_path / "parsed")
    entry.write_bytes(entry.read_bytes()[:-5])
    assert load_upstream(SPEC, "spec.yaml", tmp_path) == first
    assert read_entry(tmp_path / "parsed", entry.name) == first


def test_changed_upstream_bytes_miss_the_parse_cache(tmp_path: Path) -> None:
    load_upstream(SPEC, "spec.yaml", tmp_path)
    changed = load_upstream(SPEC.replace(b"title: t", b"title: u"), "spec.yaml", tmp_path)
    assert changed["info"]["title"] == "u"
    assert len(_entries(tmp_path / "parsed")) == 2


def test_a_refused_document_is_not_cached(tmp_path: Path) -> None:
    bomb = b"a: &a [x, x, x, x, x, x, x, x, x, x]\n" + b"".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n".encode() for i in range(6)
    )
    for _ in range(2):  # the second time too: nothing was stored that would let it through
        with pytest.raises(SpecError, match="alias bomb"):
            load_upstream(bomb, "bomb.yaml", tmp_path)
    assert _entries(tmp_path / "parsed") == []


def _document(title: str = "t") -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": title, "version": "1"}, "paths": {}}


def test_validation_is_skipped_only_for_the_exact_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[str] = []
    real = validate_document

    def counting(document: dict[str, Any], *args: Any) -> None:
        runs.append(document["info"]["title"])
        real(document, *args)

    monkeypatch.setattr(normalize_module, "validate_document", counting)
    validated(_document(), "s", {}, tmp_path)
    validated(_document(), "s", {}, tmp_path)
    assert runs == ["t"]
    validated(_document("u"), "s", {}, tmp_path)  # a changed document misses
    assert runs == ["t", "u"]


def test_a_document_that_failed_validation_is_validated_again(tmp_path: Path) -> None:
    bad = _document()
    del bad["info"]
    for _ in range(2):
        with pytest.raises(SpecError):
            validated(bad, "s", {}, tmp_path)


def test_a_corrupt_validation_entry_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    validated(_document(), "s", {}, tmp_path)
    [entry] = _entries(tmp_path / "validated")
    entry.write_bytes(b"not an entry")
    runs: list[int] = []
    monkeypatch.setattr(normalize_module, "validate_document", lambda *args: runs.append(1))
    validated(_document(), "s", {}, tmp_path)
    assert runs == [1]


def test_fingerprints_tell_apart_what_json_would_merge() -> None:
    assert fingerprint({200: "x"}) != fingerprint({"200": "x"})
    assert fingerprint([1]) != fingerprint((1,))
    assert fingerprint(True) != fingerprint(1)
    assert fingerprint({"a": 1, "b": 2}) != fingerprint({"b": 2, "a": 1})  # order shapes the output
    assert fingerprint(frozenset({"a", "b", "c"})) == fingerprint(frozenset({"c", "b", "a"}))


def test_keys_depend_on_every_part() -> None:
    assert cache_key("ab", "c") != cache_key("a", "bc")
    assert cache_key("a", "b") != cache_key("a", "b", "")


def _package(root: Path) -> Path:
    package = root / "okta_api"
    (package / "models").mkdir(parents=True)
    (package / "empty").mkdir()
    (package / "__init__.py").write_bytes(b"x = 1\n")
    (package / "models" / "user.py").write_bytes(b"class User: ...\n")
    return package


def test_a_rendered_package_comes_back_exactly(tmp_path: Path) -> None:
    store_package(tmp_path / "cache", "key", _package(tmp_path / "a"))
    assert cached_package(tmp_path / "cache", "key", tmp_path / "b" / "okta_api")
    assert tree_differences(tmp_path / "a" / "okta_api", tmp_path / "b" / "okta_api") == []


def test_a_corrupt_rendered_entry_is_a_miss(tmp_path: Path) -> None:
    store_package(tmp_path / "cache", "key", _package(tmp_path / "a"))
    entry = tmp_path / "cache" / "rendered" / "key"
    entry.write_bytes(entry.read_bytes()[:-3])
    assert not cached_package(tmp_path / "cache", "key", tmp_path / "b" / "okta_api")
    assert not (tmp_path / "b").exists()


def test_a_changed_view_misses_the_render_cache() -> None:
    view = ClientView(_document())
    assert render_key(view) == render_key(ClientView(_document()))
    assert render_key(view) != render_key(ClientView(_document("u")))
    assert render_key(view) != render_key(ClientView(_document(), operations={"listUsers": {}}))


def test_validation_leaves_the_document_as_it_was() -> None:
    # Examples holding a `$ref` key are hidden from the validator; they must come back in place, or a document
    # that was validated would differ (in key order) from one whose validation the cache skipped.
    document = _document()
    document["components"] = {
        "schemas": {"A": {"type": "object", "example": {"$ref": "#/x"}, "description": "after the example"}}
    }
    before = fingerprint(document)
    validate_document(document, "s")
    assert fingerprint(document) == before
