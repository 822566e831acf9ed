"""References: never fetched or read from elsewhere, never looping, and never confused with example data."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from okta_codegen.errors import SpecError
from okta_codegen.normalize import normalize
from okta_codegen.refs import literal_pointer, references
from okta_codegen.validate import check_openapi, validate_document

OK = {"responses": {"200": {"description": "ok"}}}


class Hits:
    """A local HTTP server that serves a valid schema and records every request it gets."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        hits = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.paths.append(self.path)
                body = b'{"type": "object", "properties": {"fetched": {"type": "string"}}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def hits() -> Iterator[Hits]:
    server = Hits()
    thread = threading.Thread(target=server.server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


def document(**parts: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, **parts}


def schemas(**named: Any) -> dict[str, Any]:
    return {"schemas": named}


def remote_cases(url: str) -> list[tuple[dict[str, Any], str]]:
    """(document, pointer of its non-local reference), one per place a reference can hide."""
    base = {"Base": {"type": "object", "properties": {"kind": {"type": "string"}}}}
    return [
        (
            document(components=schemas(R={"properties": {"x": {"$ref": f"{url}/x.yaml"}}})),
            "/components/schemas/R/properties/x/$ref",
        ),
        (
            document(components=schemas(R={"allOf": [{"$ref": f"{url}/x.yaml#/R"}]})),
            "/components/schemas/R/allOf/0/$ref",
        ),
        (document(paths={"/a/{id}": {"$ref": f"{url}/item.yaml"}}), "/paths/~1a~1{id}/$ref"),
        (document(components={"parameters": {"P": {"$ref": "other.yaml#/P"}}}), "/components/parameters/P/$ref"),
        (document(components=schemas(R={"$ref": "../../secret.yaml"})), "/components/schemas/R/$ref"),
        (document(components=schemas(R={"$ref": "file:///etc/passwd"})), "/components/schemas/R/$ref"),
        (
            document(components=schemas(**base, C={"x-okta-parent": f"{url}/p.yaml"})),
            "/components/schemas/C/x-okta-parent",
        ),
        (
            document(
                components=schemas(
                    **base,
                    U={
                        "oneOf": [{"$ref": "#/components/schemas/Base"}],
                        "discriminator": {"propertyName": "kind", "mapping": {"a/b": f"{url}/m.yaml"}},
                    },
                )
            ),
            "/components/schemas/U/discriminator/mapping/a~1b",
        ),
        (document(components={"examples": {"E": {"$ref": f"{url}/e.yaml"}}}), "/components/examples/E/$ref"),
        (
            document(components=schemas(**base, V={"x-openapi-v3-discriminator": {"mapping": {"v": f"{url}/v.yaml"}}})),
            "/components/schemas/V/x-openapi-v3-discriminator/mapping/v",
        ),
    ]


def test_every_non_local_reference_is_an_error_before_anything_is_fetched(hits: Hits, tmp_path: Path) -> None:
    for case, at in remote_cases(hits.url):
        fragment = tmp_path / "zz-remote.yaml"
        fragment.write_text(json.dumps(case))
        upstream = document(components=schemas(Base={"type": "object"}))
        with pytest.raises(SpecError, match="is not a local reference") as caught:
            normalize(upstream, [fragment], load_entry_points=False, source="upstream.yaml")
        assert (caught.value.file, caught.value.pointer) == (str(fragment), at)
        with pytest.raises(SpecError, match="is not a local reference") as caught:
            normalize(copy.deepcopy(case), [], load_entry_points=False, source="upstream.yaml")
        assert (caught.value.file, caught.value.pointer) == ("upstream.yaml", at)
    assert hits.paths == []


def test_the_validator_itself_never_fetches_a_reference(hits: Hits, tmp_path: Path) -> None:
    # Past our own check (which validate_document runs first), the validator must still refuse to retrieve.
    readable = tmp_path / "x.json"
    readable.write_text('{"type": "string"}')
    for target in (f"{hits.url}/x.yaml", readable.as_uri()):
        remote = document(
            paths={
                "/a": {
                    "get": {
                        "responses": {
                            "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": target}}}}
                        }
                    }
                }
            }
        )
        with pytest.raises(SpecError, match="not valid OpenAPI"):
            check_openapi(remote, "doc.yaml")
    assert hits.paths == []


def test_a_remote_ref_in_a_fragment_fails_the_run_without_a_fetch(hits: Hits, scratch_project: Path) -> None:
    (scratch_project / "spec" / "zz-remote.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n"
        f"components:\n  schemas:\n    Remote:\n      properties:\n        x: {{$ref: '{hits.url}/x.yaml'}}\n"
    )
    result = run_generator(scratch_project)
    assert result.returncode == 1
    assert "zz-remote.yaml#/components/schemas/Remote/properties/x/$ref:" in result.stderr
    assert "is not a local reference" in result.stderr
    assert "Traceback" not in result.stderr
    assert hits.paths == []
    assert [p.name for p in (scratch_project / "generated" / "okta_api").iterdir()] == ["sentinel.py"]


@pytest.mark.parametrize(
    ("named", "at", "cycle"),
    [
        ({"A": {"$ref": "#/components/schemas/A"}}, "/components/schemas/A/$ref", "A -> #/components/schemas/A"),
        (
            {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}},
            "/components/schemas/A/$ref",
            "A -> #/components/schemas/B -> #/components/schemas/A",
        ),
        (
            {f"S{i}": {"$ref": f"#/components/schemas/S{(i + 1) % 5}"} for i in range(5)},
            "/components/schemas/S0/$ref",
            "S4 -> #/components/schemas/S0",
        ),
        (
            {
                "A": {"allOf": [{"$ref": "#/components/schemas/B"}]},
                "B": {"allOf": [{"$ref": "#/components/schemas/A"}]},
            },
            "/components/schemas/A/allOf/0/$ref",
            "B -> #/components/schemas/A",
        ),
        (
            {"A~/x": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/A~0~1x"}]}},
            "/components/schemas/A~0~1x/oneOf/1/$ref",
            "A~0~1x -> #/components/schemas/A~0~1x",
        ),
        (
            {"A": {"x-okta-parent": "#/components/schemas/B"}, "B": {"x-okta-parent": "#/components/schemas/A"}},
            "/components/schemas/A/x-okta-parent",
            "B -> #/components/schemas/A",
        ),
    ],
)
def test_a_reference_loop_is_an_error_at_its_first_reference(named: dict[str, Any], at: str, cycle: str) -> None:
    with pytest.raises(SpecError, match="reference cycle") as caught:
        validate_document(document(components=schemas(**named)), "doc.yaml")
    assert caught.value.pointer == at
    assert cycle in caught.value.message


def test_recursion_through_properties_and_items_is_no_loop() -> None:
    tree = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}},
    }
    node = {
        "type": "object",
        "properties": {"next": {"$ref": "#/components/schemas/Node"}, "other": {"$ref": "#/components/schemas/Other"}},
    }
    other = {
        "type": "object",
        "properties": {"back": {"$ref": "#/components/schemas/Node"}},
        "additionalProperties": {"$ref": "#/components/schemas/Other"},
    }
    validate_document(document(components=schemas(Tree=tree, Node=node, Other=other)), "doc.yaml")


def test_a_recursive_schema_still_generates(tmp_path: Path) -> None:
    from okta_codegen.client_view import client_view
    from okta_codegen.opc import render_client

    node = {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "parent": {"$ref": "#/components/schemas/Node"},
            "kids": {"type": "array", "items": {"$ref": "#/components/schemas/Kid"}},
        },
    }
    kid = {"type": "object", "properties": {"node": {"$ref": "#/components/schemas/Node"}}}
    spec = document(
        paths={
            "/nodes": {
                "get": {
                    "operationId": "getNode",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}},
                        }
                    },
                }
            }
        },
        components=schemas(Node=node, Kid=kid),
    )
    validate_document(spec, "doc.yaml")
    render_client(client_view(spec, "doc.yaml"), tmp_path / "okta_api")
    assert "class Node" in (tmp_path / "okta_api" / "models" / "node.py").read_text()


def test_example_and_default_data_are_not_references(hits: Hits) -> None:
    looks_like_refs = {"$ref": "#/components/schemas/nothing", "nested": [{"$ref": f"{hits.url}/x"}]}
    spec = document(
        paths={
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object", "example": looks_like_refs},
                                    "examples": {
                                        "one": {"value": looks_like_refs},
                                        "two": {"$ref": "#/components/examples/E"},
                                    },
                                }
                            },
                        }
                    }
                }
            }
        },
        components={
            "examples": {"E": {"summary": "e", "value": looks_like_refs}},
            "schemas": {"S": {"type": "object", "default": looks_like_refs, "enum": [looks_like_refs]}},
        },
    )
    assert [ref.at for ref in references(spec)] == [
        "/paths/~1a/get/responses/200/content/application~1json/examples/two/$ref"
    ]
    validate_document(spec, "doc.yaml")
    assert hits.paths == []


def test_properties_named_like_data_keywords_still_hold_references() -> None:
    named = {"properties": {"example": {"$ref": "#/components/schemas/Missing"}, "default": {"type": "string"}}}
    with pytest.raises(SpecError, match="resolves to nothing") as caught:
        validate_document(document(components=schemas(S=named)), "doc.yaml")
    assert caught.value.pointer == "/components/schemas/S/properties/example/$ref"


def test_validator_errors_are_escaped_and_point_where_the_problem_is_written() -> None:
    spec = document(
        paths={
            "/a/{id~x}": {"get": {"parameters": [{"name": "id~x", "in": "path", "schema": {"type": "string"}}], **OK}}
        }
    )
    with pytest.raises(SpecError, match="not valid OpenAPI") as caught:
        validate_document(spec, "doc.yaml")
    assert caught.value.pointer == "/paths/~1a~1{id~0x}/get/parameters/0"
    # A default that contradicts its schema, reached through references, is reported where it is written.
    spec = document(
        paths={
            "/b": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A~1B"}}},
                        }
                    }
                }
            }
        },
        components=schemas(**{"A/B": {"type": "object", "properties": {"n": {"type": "integer", "default": "x"}}}}),
    )
    with pytest.raises(SpecError, match="not valid OpenAPI") as caught:
        validate_document(spec, "doc.yaml")
    assert caught.value.pointer == "/components/schemas/A~1B/properties/n/default"


def test_literal_pointer_follows_references() -> None:
    spec = document(
        paths={"/a": {"get": {"schema": {"$ref": "#/components/schemas/A"}}}},
        components=schemas(A={"properties": {"p": {}}}),
    )
    assert (
        literal_pointer(spec, ["paths", "/a", "get", "schema", "properties", "p"])
        == "/components/schemas/A/properties/p"
    )


def test_an_error_in_a_fragment_names_the_fragment(tmp_path: Path) -> None:
    fragment = tmp_path / "mine.yaml"
    fragment.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Mine:\n      type: object\n      properties: {n: {type: nonsense}}\n"
    )
    with pytest.raises(SpecError, match="not valid OpenAPI") as caught:
        normalize(document(), [fragment], load_entry_points=False, source="upstream.yaml")
    assert caught.value.file == str(fragment)
    assert caught.value.pointer.startswith("/components/schemas/Mine")


@pytest.fixture
def scratch_project(project_copy: Path) -> Path:
    generated = project_copy / "generated" / "okta_api"
    generated.mkdir(parents=True)
    (generated / "sentinel.py").write_text("KEEP = True\n")
    return project_copy


def run_generator(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "okta_codegen", "generate", "--root", str(project), *extra],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_ref_loop_in_a_fragment_fails_the_run_clearly(scratch_project: Path) -> None:
    (scratch_project / "spec" / "zz-loop.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    LoopA: {$ref: '#/components/schemas/LoopB'}\n    LoopB: {$ref: '#/components/schemas/LoopA'}\n"
    )
    result = run_generator(scratch_project)
    assert result.returncode == 1
    assert "zz-loop.yaml#/components/schemas/LoopA/$ref: reference cycle" in result.stderr
    assert "Traceback" not in result.stderr
    assert [p.name for p in (scratch_project / "generated" / "okta_api").iterdir()] == ["sentinel.py"]


def test_errors_in_the_upstream_file_name_it(tmp_path: Path) -> None:
    from okta_codegen.normalize import Inputs, normalized_document
    from okta_codegen.pin import sha256_of

    data = json.dumps(document(components=schemas(A={"$ref": "https://example.invalid/a.yaml"}))).encode()
    (tmp_path / "spec").mkdir()
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "okta-x.json").write_bytes(data)
    (tmp_path / "spec" / "upstream.toml").write_text(
        f'file = "okta-x.json"\nurl = "https://example.invalid/okta-x.json"\n'
        f'version = "1"\nsha256 = "{sha256_of(data)}"\n'
    )
    with pytest.raises(SpecError, match="is not a local reference") as caught:
        inputs = Inputs(tmp_path / "spec", tmp_path / "shared", tmp_path / "build", tmp_path / "spec" / "upstream.toml")
        normalized_document(inputs, load_entry_points=False)
    assert str(caught.value).startswith("okta-x.json#/components/schemas/A/$ref: ")
