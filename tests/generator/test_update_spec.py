"""`update-spec`: refuse bad or breaking input without touching anything; pin, regenerate and report otherwise."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from okta_codegen.__main__ import main
from okta_codegen.errors import SpecError
from okta_codegen.pin import Pin, read_pin
from okta_codegen.pipeline import Project
from okta_codegen.update_spec import BREAKING_EXIT, allow_breaking, file_name, pin_text, read_source, update_spec

from ..conftest import ROOT

PIN = ROOT / "spec" / "upstream.toml"


@pytest.fixture
def project(project_copy: Path) -> Path:
    return project_copy


def path_of(document: dict[str, Any], operation_id: str) -> str:
    """The path of the operation `operation_id` (its URL template differs between spec releases)."""
    return next(
        path
        for path, item in document["paths"].items()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("operationId") == operation_id
    )


def write_spec(path: Path, document: dict[str, Any]) -> str:
    data = json.dumps(document).encode()
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def test_pin_text_replaces_values_and_keeps_comments(tmp_path: Path) -> None:
    text = PIN.read_text(encoding="utf-8")
    new = Pin("okta-management-2.17.0.yaml", 'https://example.test/okta "v".yaml', "2.17.0", "ab" * 32)
    updated = pin_text(text, new)
    assert [line for line in updated.splitlines() if line.startswith("#")] == [
        line for line in text.splitlines() if line.startswith("#")
    ]
    assert len(updated.splitlines()) == len(text.splitlines())
    (tmp_path / "upstream.toml").write_text(updated, encoding="utf-8")
    assert read_pin(tmp_path / "upstream.toml") == new


def test_pin_text_adds_a_missing_key() -> None:
    assert pin_text('# c\nfile = "a"\n', Pin("b", "u", "1", "0" * 64)).splitlines() == [
        "# c",
        'file = "b"',
        'url = "u"',
        'version = "1"',
        f'sha256 = "{"0" * 64}"',
    ]


def test_read_source_records_a_file_uri_for_a_local_path(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_bytes(b"openapi: 3.0.3\n")
    assert read_source(str(tmp_path / "spec.yaml")) == (b"openapi: 3.0.3\n", (tmp_path / "spec.yaml").as_uri())
    with pytest.raises(SpecError, match="download failed"):
        read_source("http://127.0.0.1:9/spec.yaml")
    with pytest.raises(SpecError, match="cannot read"):
        read_source(str(tmp_path / "absent.yaml"))


def test_allow_breaking_only_for_exactly_1() -> None:
    assert allow_breaking({"ALLOW_BREAKING": "1"})
    assert not allow_breaking({"ALLOW_BREAKING": "yes"})
    assert not allow_breaking({})


def test_a_name_taken_in_shared_spec_by_other_bytes_gets_the_hash(project: Path) -> None:
    pinned = read_pin(project / "spec" / "upstream.toml")
    taken = f"okta-management-{pinned.version}"
    assert file_name(Project(project), pinned.version, ".yaml", "ab" * 32) == f"{taken}-abababababab.yaml"
    assert file_name(Project(project), pinned.version, ".yaml", pinned.sha256) == f"{taken}.yaml"
    assert file_name(Project(project), "2.17.0", ".json", "ab" * 32) == "okta-management-2.17.0.json"


def test_a_wrong_sha256_or_a_swagger2_file_is_refused_and_nothing_changes(project: Path, tmp_path: Path) -> None:
    before = (project / "spec" / "upstream.toml").read_text()
    write_spec(tmp_path / "new.json", {"openapi": "3.0.3", "info": {"title": "t", "version": "9"}, "paths": {}})
    with pytest.raises(SpecError, match="was expected; refusing it"):
        update_spec(Project(project), str(tmp_path / "new.json"), expected_sha256="0" * 64)
    write_spec(tmp_path / "old.json", {"swagger": "2.0", "info": {"title": "t", "version": "9"}, "paths": {}})
    with pytest.raises(SpecError, match=r"Swagger 2\.0 document: convert it first"):
        update_spec(Project(project), str(tmp_path / "old.json"))
    assert (project / "spec" / "upstream.toml").read_text() == before
    assert not (project / "generated").exists()


def test_breaking_changes_are_reported_and_nothing_is_written(
    project: Path, tmp_path: Path, upstream: dict[str, Any], capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    monkeypatch.delenv("ALLOW_BREAKING", raising=False)
    edited = copy.deepcopy(upstream)
    old_version = edited["info"]["version"]
    edited["info"]["version"] = "2.17.0"
    suspend = path_of(edited, "suspendUser")
    del edited["paths"][suspend]["post"]
    sha256 = write_spec(tmp_path / "okta-2.17.0.json", edited)
    before = (project / "spec" / "upstream.toml").read_text()

    status = main(["update-spec", str(tmp_path / "okta-2.17.0.json"), "--root", str(project), "--sha256", sha256])

    out, err = capsys.readouterr()
    assert status == BREAKING_EXIT
    assert out.startswith(
        f"# Okta Management API {old_version} -> 2.17.0: changes to the client\n\n1 breaking change(s)"
    )
    assert f"### Operation removed (1)\n\n- `suspendUser`: POST {suspend}\n" in out
    assert "1 breaking change(s); nothing was changed. Set ALLOW_BREAKING=1" in err
    assert (project / "spec" / "upstream.toml").read_text() == before
    assert not (project / "generated").exists()
    assert not (project / "build" / "okta-management-2.17.0.json").exists()


def test_an_allowed_update_pins_regenerates_and_writes_the_report(
    project: Path, tmp_path: Path, upstream: dict[str, Any], capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    monkeypatch.setenv("ALLOW_BREAKING", "1")
    edited = copy.deepcopy(upstream)
    edited["info"]["version"] = "2.17.0"
    del edited["paths"][path_of(edited, "suspendUser")]["post"]
    edited["components"]["schemas"]["UserStatus"]["enum"].append("PENDING_USER_ACTION")
    sha256 = write_spec(tmp_path / "okta-2.17.0.json", edited)

    report = tmp_path / "changes.md"
    status = main(["update-spec", str(tmp_path / "okta-2.17.0.json"), "--root", str(project), "--report", str(report)])

    out, err = capsys.readouterr()
    assert status == 0, out
    assert "the pin records file://" in err and "give --url" in err
    assert out.startswith(report.read_text())
    assert "- `UserStatus`: `PENDING_USER_ACTION`\n" in out
    pin = read_pin(project / "spec" / "upstream.toml")
    assert pin == Pin("okta-management-2.17.0.json", (tmp_path / "okta-2.17.0.json").as_uri(), "2.17.0", sha256)
    assert (project / "spec" / "upstream.toml").read_text().startswith(PIN.read_text().split("file =")[0])
    assert (project / "build" / pin.file).read_bytes() == (tmp_path / "okta-2.17.0.json").read_bytes()
    api = project / "generated" / "okta_api" / "api"
    assert not list(api.glob("*/suspend_user.py"))
    assert list(api.glob("*/unsuspend_user.py"))
    assert "PENDING_USER_ACTION" in (project / "generated" / "okta_api" / "models" / "user_status.py").read_text()
    assert main(["check", "--root", str(project)]) == 0


def test_diff_command_exits_3_on_breaking_changes(
    tmp_path: Path, normalized: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "old.json").write_text(json.dumps(normalized))
    smaller = copy.deepcopy(normalized)
    del smaller["components"]["schemas"]["UserStatus"]["enum"][0]
    (tmp_path / "new.json").write_text(json.dumps(smaller))
    args = ["diff", str(tmp_path / "old.json"), str(tmp_path / "new.json"), "--normalized"]
    assert main([*args, "--report", str(tmp_path / "r.md")]) == BREAKING_EXIT
    assert "### Enum value removed (1)\n\n- `UserStatus`: `ACTIVE`\n" in capsys.readouterr().out
    assert main(["diff", str(tmp_path / "old.json"), str(tmp_path / "old.json"), "--normalized"]) == 0


def test_wrong_argument_counts_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["diff", "only-one"])
    assert caught.value.code == 2
    assert "diff takes 2 argument(s)" in capsys.readouterr().err
