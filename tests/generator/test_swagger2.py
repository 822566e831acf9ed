"""A second real document: Okta's Swagger 2.0 spec 2.15.0 (npm `@okta/openapi`), converted and generated unchanged.

The spec is fetched at test time with `npm pack` and never kept in the repository. These tests need
npm and the npm registry (CI has both); without npm they fail and say so rather than skip.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest
from okta_codegen.__main__ import main
from okta_codegen.api_diff import diff_documents, render_markdown
from okta_codegen.errors import SpecError
from okta_codegen.load import load_file
from okta_codegen.normalize import fragment_paths, normalize
from okta_codegen.pipeline import Project, build_package
from okta_codegen.swagger2 import convert_swagger2, is_swagger2
from okta_codegen.transforms.contradicting_defaults import contradicts, drop_contradicting_defaults
from okta_codegen.transforms.parent_inheritance import normalize_parent_inheritance

from ..conftest import ROOT

PACKAGE = "@okta/openapi@2.15.0"


@pytest.fixture(scope="session")
def swagger2_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`package/dist/spec.yaml` of the npm package, unpacked into a temporary folder."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail(f"npm is needed to fetch {PACKAGE} (the Swagger 2.0 Okta spec); install Node.js and npm")
    folder = tmp_path_factory.mktemp("okta-openapi-2.15.0")
    result = subprocess.run(
        [npm, "pack", PACKAGE, "--pack-destination", str(folder), "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
    )
    if result.returncode != 0:
        pytest.fail(f"`npm pack {PACKAGE}` failed (is the npm registry reachable?):\n{result.stderr}")
    tarball = folder / json.loads(result.stdout)[0]["filename"]
    with tarfile.open(tarball) as archive:
        archive.extract("package/dist/spec.yaml", folder, filter="data")
    return folder / "package" / "dist" / "spec.yaml"


@pytest.fixture(scope="session")
def converted(swagger2_spec: Path) -> dict[str, Any]:
    """The 2.15.0 spec as OpenAPI 3 (shared: do not mutate)."""
    return convert_swagger2(swagger2_spec)


def test_the_npm_spec_is_swagger2_and_converts_to_openapi3(swagger2_spec: Path, converted: dict[str, Any]) -> None:
    original = load_file(swagger2_spec)
    assert is_swagger2(original) and original["info"]["version"] == "2.15.0"
    assert not is_swagger2(converted) and converted["openapi"].startswith("3.0")
    assert "x-okta-multi-operation" in json.dumps(converted)


def test_convert_refuses_a_document_that_is_not_swagger2(tmp_path: Path) -> None:
    (tmp_path / "v3.yaml").write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n")
    with pytest.raises(SpecError, match=r"not a Swagger 2\.0 document"):
        convert_swagger2(tmp_path / "v3.yaml")


def test_the_converted_2_15_0_spec_generates_a_client_that_imports(converted: dict[str, Any], tmp_path: Path) -> None:
    """The whole pipeline, unchanged, on a scratch project pinned to the converted 2.15.0 file."""
    data = json.dumps(converted).encode()
    root = tmp_path / "project"
    (root / "spec").mkdir(parents=True)
    for fragment in fragment_paths(ROOT / "spec"):
        shutil.copy(fragment, root / "spec" / fragment.name)
    (tmp_path / "shared" / "spec").mkdir(parents=True)
    (tmp_path / "shared" / "spec" / "okta-management-2.15.0.json").write_bytes(data)
    (root / "spec" / "upstream.toml").write_text(
        'file = "okta-management-2.15.0.json"\nurl = "file:///nowhere"\nversion = "2.15.0"\n'
        f'sha256 = "{hashlib.sha256(data).hexdigest()}"\n',
        encoding="utf-8",
    )
    (tmp_path / "out").mkdir()

    package = build_package(Project(root), tmp_path / "out")  # includes an import check in a fresh interpreter

    assert package == tmp_path / "out" / "okta_api"
    script = (
        "from okta_api.api.application import list_applications, publish_binary_pem_cert\n"
        "from okta_api.models import BookmarkApplication, PasswordPolicyPasswordSettingsComplexity\n"
        "print(list_applications.OPERATION.path, publish_binary_pem_cert.OPERATION.method)\n"
        "print(BookmarkApplication(label='x').to_dict()['signOnMode'])\n"
        "print(PasswordPolicyPasswordSettingsComplexity.from_dict({'excludeAttributes': ['x']}).exclude_attributes)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path / "out", capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["/api/v1/apps POST", "BOOKMARK", "['x']"]


def test_the_2_15_0_to_2_16_0_worked_example(converted: dict[str, Any], legacy_normalized: dict[str, Any]) -> None:
    old = normalize(copy.deepcopy(converted), fragment_paths(ROOT / "spec"), load_entry_points=False)
    diff = diff_documents(old, legacy_normalized)
    facts = {(c.kind, c.subject, c.detail) for c in diff.changes}
    assert ("operation added", "`previewSAMLAppMetadata`", "GET /api/v1/apps/{appId}/sso/saml/metadata") in facts
    assert ("enum value added", "`RoleType`", "`CUSTOM`") in facts
    assert ("model added", "`MultifactorEnrollmentPolicy`", "object") in facts
    assert ("field added", "`ApplicationSettingsApplication.url`", "optional") in facts
    assert diff.breaking == []
    assert not [c for c in diff.changes if c.kind in ("operation removed", "field removed", "parameter removed")]
    assert render_markdown(diff).startswith("# Okta Management API 2.15.0 -> 2.16.0")


@pytest.mark.parametrize(
    ("value", "declared", "contradicting"),
    [
        (1, "array", True),
        (True, "integer", True),
        ("1", "integer", True),
        (1, "number", False),
        (1.5, "integer", True),
        (None, "array", False),
        ([], "array", False),
        ("x", None, False),
        ("x", "custom", False),
    ],
)
def test_contradicts(value: Any, declared: Any, contradicting: bool) -> None:
    assert contradicts(value, declared) is contradicting


def test_a_default_of_the_wrong_type_is_dropped_and_others_stay() -> None:
    document = {
        "components": {
            "schemas": {
                "C": {
                    "properties": {
                        "excludeAttributes": {"type": "array", "items": {"type": "string"}, "default": 1},
                        "minLength": {"type": "integer", "default": 8},
                        "default": {"type": "string", "default": "x"},
                    }
                }
            }
        }
    }
    drop_contradicting_defaults(document, "doc")
    properties = document["components"]["schemas"]["C"]["properties"]
    assert properties["excludeAttributes"] == {"type": "array", "items": {"type": "string"}}
    assert properties["minLength"]["default"] == 8 and properties["default"]["default"] == "x"


def test_the_2_15_0_spec_needs_that_transform(converted: dict[str, Any]) -> None:
    complexity = converted["components"]["schemas"]["PasswordPolicyPasswordSettingsComplexity"]
    assert complexity["properties"]["excludeAttributes"]["default"] == 1


def test_a_bare_parent_becomes_an_object_its_children_can_subclass(converted: dict[str, Any]) -> None:
    assert converted["components"]["schemas"]["ApplicationSettingsApplication"] == {"x-okta-tags": ["Application"]}
    document = {
        "components": {
            "schemas": {
                "Settings": {"x-okta-tags": ["Application"]},
                "BookmarkSettings": {
                    "x-okta-parent": "#/components/schemas/Settings",
                    "properties": {"url": {"type": "string"}},
                },
                "Other": {"allOf": [{"$ref": "#/components/schemas/Settings"}]},
            }
        }
    }
    normalize_parent_inheritance(document, "doc")
    assert document["components"]["schemas"]["Settings"] == {"x-okta-tags": ["Application"], "type": "object"}
    assert document["components"]["schemas"]["BookmarkSettings"]["type"] == "object"
    assert "type" not in document["components"]["schemas"]["Other"]


def test_the_swagger2_command_writes_openapi3_json(swagger2_spec: Path, tmp_path: Path) -> None:
    assert main(["swagger2", str(swagger2_spec), str(tmp_path / "okta-2.15.0.json")]) == 0
    written = json.loads((tmp_path / "okta-2.15.0.json").read_text(encoding="utf-8"))
    assert written["openapi"].startswith("3.0") and written["info"]["version"] == "2.15.0"


def test_without_npx_conversion_says_what_is_missing(swagger2_spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(SpecError, match=r"needs Node\.js's npx"):
        convert_swagger2(swagger2_spec)
