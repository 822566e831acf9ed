"""Bad input stops the generator with the file and JSON pointer, and leaves generated/ untouched."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from okta_codegen.errors import SpecError
from okta_codegen.load import load_document
from okta_codegen.merge import merge_fragment
from okta_codegen.pin import Pin, fetch_pinned, read_pin
from okta_codegen.validate import validate_document

from ..conftest import ROOT


def test_a_file_with_the_wrong_hash_is_refused(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_bytes(b"openapi: 3.0.1\n")
    pin = Pin("spec.yaml", "http://127.0.0.1:9/never", "1", hashlib.sha256(b"other").hexdigest())
    with pytest.raises(SpecError, match=r"sha256 is .* but spec/upstream.toml pins") as caught:
        fetch_pinned(pin, tmp_path, tmp_path / "cache")
    assert caught.value.file == str(tmp_path / "spec.yaml")


def test_a_missing_file_is_downloaded_and_a_failed_download_says_so(tmp_path: Path) -> None:
    pin = Pin("absent.yaml", "http://127.0.0.1:9/absent.yaml", "1", "0" * 64)
    with pytest.raises(SpecError, match="download failed") as caught:
        fetch_pinned(pin, tmp_path, tmp_path / "cache")
    assert caught.value.file == pin.url


def test_the_pin_names_the_shared_file_by_its_real_hash() -> None:
    pin = read_pin(ROOT / "spec" / "upstream.toml")
    data = (ROOT.parent / "shared" / "spec" / pin.file).read_bytes()
    assert hashlib.sha256(data).hexdigest() == pin.sha256
    assert pin.url.startswith("https://") and pin.sha256 in (ROOT.parent / "shared" / "spec" / "SOURCE.md").read_text()


def test_a_pin_missing_keys_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "upstream.toml").write_text('file = "x.yaml"\n')
    with pytest.raises(SpecError, match="missing key"):
        read_pin(tmp_path / "upstream.toml")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"paths: [unclosed\n", "not valid YAML or JSON"), (b"- a\n- b\n", "mapping at the top"), (b"\xff\xfe", "UTF-8")],
)
def test_not_yaml_or_json_is_an_error_naming_the_file(data: bytes, message: str) -> None:
    with pytest.raises(SpecError, match=message) as caught:
        load_document(data, "broken.yaml")
    assert caught.value.file == "broken.yaml"


def fragment(**parts: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "f", "version": "1"}, "paths": {}, **parts}


def test_a_fragment_path_that_collides_is_an_error(upstream: dict[str, Any]) -> None:
    clash = fragment(
        paths={"/api/v1/users": {"get": {"operationId": "mine", "responses": {"200": {"description": "ok"}}}}}
    )
    with pytest.raises(SpecError, match="path already defined") as caught:
        merge_fragment(upstream, clash, "spec/frag.yaml")
    assert (caught.value.file, caught.value.pointer) == ("spec/frag.yaml", "/paths/~1api~1v1~1users")


def test_a_fragment_schema_that_collides_is_an_error(upstream: dict[str, Any]) -> None:
    with pytest.raises(SpecError, match="schema name already used") as caught:
        merge_fragment(upstream, fragment(components={"schemas": {"User": {"type": "object"}}}), "spec/frag.yaml")
    assert caught.value.pointer == "/components/schemas/User"


def test_a_fragment_operation_id_that_collides_is_an_error(upstream: dict[str, Any]) -> None:
    clash = fragment(
        paths={"/mine": {"get": {"operationId": "listUsers", "responses": {"200": {"description": "ok"}}}}}
    )
    with pytest.raises(SpecError, match="operationId 'listUsers' already used") as caught:
        merge_fragment(upstream, clash, "spec/frag.yaml")
    assert caught.value.pointer == "/paths/~1mine/get/operationId"


def test_a_dangling_ref_is_an_error_with_its_pointer() -> None:
    document = fragment(components={"schemas": {"A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}}}})
    with pytest.raises(SpecError, match="resolves to nothing") as caught:
        validate_document(document, "doc.yaml")
    assert caught.value.pointer == "/components/schemas/A/properties/b/$ref"


def test_a_duplicate_operation_id_is_an_error() -> None:
    ok = {"responses": {"200": {"description": "ok"}}}
    document = fragment(paths={"/a": {"get": {"operationId": "x", **ok}}, "/b": {"get": {"operationId": "x", **ok}}})
    with pytest.raises(SpecError, match="duplicate operationId 'x'") as caught:
        validate_document(document, "doc.yaml")
    assert caught.value.pointer == "/paths/~1b/get"


def test_an_invalid_openapi_document_is_an_error() -> None:
    with pytest.raises(SpecError, match="not valid OpenAPI"):
        validate_document({"openapi": "3.0.3", "info": {"title": "x"}, "paths": {}}, "doc.yaml")


@pytest.fixture
def scratch_project(project_copy: Path) -> Path:
    """The scratch project, with a committed-looking generated/ to prove it survives failures."""
    generated = project_copy / "generated" / "okta_api"
    generated.mkdir(parents=True)
    (generated / "sentinel.py").write_text("KEEP = True\n")
    return project_copy


def run_generator(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "okta_codegen", "generate", "--root", str(project)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_broken_fragment_fails_the_run_and_keeps_generated(scratch_project: Path) -> None:
    (scratch_project / "spec" / "zz-broken.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /api/v1/groups:\n    get: {}\n"
    )
    result = run_generator(scratch_project)
    assert result.returncode == 1
    assert "zz-broken.yaml#/paths/~1api~1v1~1groups: path already defined" in result.stderr
    assert [p.name for p in (scratch_project / "generated" / "okta_api").iterdir()] == ["sentinel.py"]
    assert not list((scratch_project / "generated").glob(".generate-*"))


def test_a_tampered_pin_fails_the_run_and_keeps_generated(scratch_project: Path) -> None:
    pin = scratch_project / "spec" / "upstream.toml"
    pinned = read_pin(pin).sha256
    pin.write_text(pin.read_text().replace(pinned, ("0" if pinned[0] != "0" else "1") + pinned[1:]))
    result = run_generator(scratch_project)
    assert result.returncode == 1
    assert "refusing it" in result.stderr
    assert (scratch_project / "generated" / "okta_api" / "sentinel.py").exists()


@pytest.mark.parametrize("clash", ["toDict", "from_json", "materialize", "additionalProperties"])
def test_a_property_named_like_a_model_member_is_an_error(tmp_path: Path, clash: str) -> None:
    from okta_codegen.client_view import client_view
    from okta_codegen.opc import GenerationFailed, render_client

    document = {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Widget": {"type": "object", "properties": {"id": {"type": "string"}, clash: {"type": "string"}}}
            }
        },
    }
    with pytest.raises(GenerationFailed, match=f'Widget: property "{clash}" would be the attribute'):
        render_client(client_view(document, "test"), tmp_path / "okta_api")
    assert not (tmp_path / "okta_api").exists() or not any((tmp_path / "okta_api").rglob("widget.py"))


def oauth2(**flows: Any) -> dict[str, Any]:
    return {"type": "oauth2", "flows": flows}


def test_a_fragment_oauth2_scheme_of_an_upstream_name_unites_scopes_per_flow() -> None:
    upstream = fragment(
        components={
            "securitySchemes": {
                "oauth2": oauth2(authorizationCode={"authorizationUrl": "/up", "tokenUrl": "/t", "scopes": {"a": "A"}})
            }
        }
    )
    ours = fragment(
        components={
            "securitySchemes": {
                "oauth2": oauth2(
                    authorizationCode={"authorizationUrl": "https://ours", "tokenUrl": "/x", "scopes": {"b": "B"}},
                    clientCredentials={"tokenUrl": "/cc", "scopes": {"c": "C"}},
                )
            }
        }
    )
    merge_fragment(upstream, ours, "spec/frag.yaml")
    flows = upstream["components"]["securitySchemes"]["oauth2"]["flows"]
    assert flows["authorizationCode"] == {"authorizationUrl": "/up", "tokenUrl": "/t", "scopes": {"a": "A", "b": "B"}}
    assert flows["clientCredentials"] == {"tokenUrl": "/cc", "scopes": {"c": "C"}}


@pytest.mark.parametrize(
    "theirs",
    [
        {"type": "apiKey", "name": "Authorization", "in": "header"},
        {"type": "http", "scheme": "bearer"},
    ],
)
def test_a_fragment_security_scheme_of_another_type_or_shape_is_an_error(theirs: dict[str, Any]) -> None:
    upstream = fragment(
        components={
            "securitySchemes": {
                "oauth2": oauth2(authorizationCode={"authorizationUrl": "/a", "tokenUrl": "/t", "scopes": {}}),
                "apiToken": {"type": "apiKey", "name": "Authorization", "in": "header"},
            }
        }
    )
    name = "apiToken" if theirs["type"] == "http" else "oauth2"
    with pytest.raises(SpecError, match="securityScheme") as caught:
        merge_fragment(upstream, fragment(components={"securitySchemes": {name: theirs}}), "spec/frag.yaml")
    assert caught.value.pointer == f"/components/securitySchemes/{name}"


def test_a_fragment_api_key_scheme_differing_from_upstream_is_an_error() -> None:
    scheme = {"type": "apiKey", "name": "Authorization", "in": "header"}
    upstream = fragment(components={"securitySchemes": {"apiToken": scheme}})
    same = fragment(components={"securitySchemes": {"apiToken": {**scheme, "description": "ours"}}})
    merge_fragment(upstream, same, "spec/frag.yaml")
    other = fragment(components={"securitySchemes": {"apiToken": {**scheme, "in": "query"}}})
    with pytest.raises(SpecError, match="differs from upstream's in in"):
        merge_fragment(upstream, other, "spec/frag.yaml")
