"""Validation in a child process: the same verdict as in process, on the document as it was when it started."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from okta_codegen import background, pipeline
from okta_codegen.background import ChildDied, start
from okta_codegen.errors import SpecError
from okta_codegen.normalize import validating
from okta_codegen.validate import validate_document

BACKGROUND = [pytest.param(True, id="forked child"), pytest.param(False, id="in process")]


def _document(title: str = "t") -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": title, "version": "1"}, "paths": {}}


def _invalid() -> dict[str, Any]:
    document = _document()
    document["paths"] = {"/users": {"get": {"responses": {"200": {"description": 7}}}}}
    return document


def test_a_spec_error_pickles_with_its_location() -> None:
    error = pickle.loads(pickle.dumps(SpecError("spec.yaml", "/paths/~1x", "bad")))
    assert (error.file, error.pointer, error.message) == ("spec.yaml", "/paths/~1x", "bad")
    assert str(error) == "spec.yaml#/paths/~1x: bad"


@pytest.mark.parametrize("in_background", BACKGROUND)
def test_an_invalid_document_raises_the_same_error_either_way(in_background: bool) -> None:
    with pytest.raises(SpecError) as serial:
        validate_document(_invalid(), "doc.yaml")
    with validating(_invalid(), "doc.yaml", {}, None, in_background) as validation, pytest.raises(SpecError) as got:
        validation.wait()
    assert (got.value.file, got.value.pointer, got.value.message) == (
        serial.value.file,
        serial.value.pointer,
        serial.value.message,
    )


def test_the_child_checks_the_document_as_it_was_at_start(tmp_path: Any) -> None:
    document = _invalid()
    with validating(document, "doc.yaml", {}, tmp_path, background=True) as validation:
        document.clear()  # what the parent does next never reaches the check
        document.update(_document())
        with pytest.raises(SpecError, match=r"doc\.yaml#/paths/~1users/get/responses/200: not valid OpenAPI"):
            validation.wait()
    assert not (tmp_path / "validated").exists()  # a failed validation is not cached


def test_a_passed_check_is_cached_at_wait_in_this_process(tmp_path: Any) -> None:
    with validating(_document(), "doc.yaml", {}, tmp_path, background=True) as validation:
        assert not (tmp_path / "validated").exists()
        validation.wait()
    assert len(list((tmp_path / "validated").iterdir())) == 1
    with validating(_document(), "doc.yaml", {}, tmp_path, background=True) as again:
        assert again._process is None  # a hit starts no child
        again.wait()


def test_a_child_that_dies_is_an_error_not_a_pass() -> None:
    with start(lambda: os._exit(3), background=True) as pending, pytest.raises(ChildDied) as died:
        pending.wait()
    assert "exit code 3" in str(died.value.__notes__)


def test_an_exception_that_does_not_pickle_still_fails() -> None:
    class Unpicklable(Exception):
        def __reduce__(self) -> Any:
            raise TypeError("no")

    def check() -> None:
        raise Unpicklable("broken check")

    with start(check, background=True) as pending, pytest.raises(ChildDied, match="broken check"):
        pending.wait()


def test_closing_stops_a_check_still_running() -> None:
    pending = start(_forever, background=True)
    process = pending._process
    assert process is not None and process.is_alive()
    pending.close()
    assert not process.is_alive()


def _forever() -> None:
    while True:
        os.sched_yield()


def test_without_fork_the_check_runs_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    ran: list[int] = []
    pending = start(lambda: ran.append(os.getpid()), background=True)
    assert ran == [os.getpid()]
    pending.wait()


def _failing_check() -> None:
    raise SpecError("spec.yaml", "/paths", "invalid")


@pytest.mark.parametrize("renders", [True, False], ids=["render passes", "render fails"])
def test_an_invalid_document_fails_the_build_first_and_leaves_nothing(
    renders: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = pipeline.Project(tmp_path)
    stored: list[str] = []

    def render(project: pipeline.Project, document: dict[str, Any], into: Path) -> tuple[Path, bool, str]:
        if not renders:
            raise KeyError("what an invalid document breaks")
        return into / "okta_api", True, "key"

    monkeypatch.setattr(pipeline, "normalized_validating", lambda inputs: (_document(), start(_failing_check, True)))
    monkeypatch.setattr(pipeline, "_render_package", render)
    monkeypatch.setattr(pipeline, "store_package", lambda cache, key, package: stored.append(key))
    with pytest.raises(SpecError, match="invalid"):
        pipeline.build_package(project, tmp_path / "out")
    assert not project.normalized_spec.exists() and stored == []


def test_a_render_failure_on_a_valid_document_keeps_the_normalized_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = pipeline.Project(tmp_path)

    def render(project: pipeline.Project, document: dict[str, Any], into: Path) -> tuple[Path, bool, str]:
        raise KeyError("a bug")

    monkeypatch.setattr(pipeline, "normalized_validating", lambda inputs: (_document(), start(lambda: None, True)))
    monkeypatch.setattr(pipeline, "_render_package", render)
    with pytest.raises(KeyError, match="a bug"):
        pipeline.build_package(project, tmp_path / "out")
    assert json.loads(project.normalized_spec.read_text()) == _document()


def _tree(folder: Path) -> dict[str, bytes | None]:
    return {
        path.relative_to(folder).as_posix(): None if path.is_dir() else path.read_bytes()
        for path in sorted(folder.rglob("*"))
    }


def test_rendering_models_in_a_child_gives_the_serial_tree(tmp_path: Path) -> None:
    from okta_codegen.client_view import client_view
    from okta_codegen.normalize import normalize
    from okta_codegen.opc import render_client

    from .test_operation_metadata import SPEC

    document = normalize(json.loads(json.dumps(SPEC)), [], load_entry_points=False)
    render_client(client_view(document, "mini.yaml"), tmp_path / "serial" / "okta_api", in_parallel=False)
    render_client(client_view(document, "mini.yaml"), tmp_path / "parallel" / "okta_api", in_parallel=True)
    serial, parallel = _tree(tmp_path / "serial"), _tree(tmp_path / "parallel")
    assert any(name.startswith("okta_api/models/") for name in parallel)
    assert any(name.startswith("okta_api/api/") for name in parallel)
    assert parallel == serial


@pytest.mark.parametrize("in_parallel", BACKGROUND)
def test_a_model_template_error_is_reported_before_an_endpoint_one(
    in_parallel: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jinja2
    from okta_codegen import opc

    class Project:
        project_dir = tmp_path / "p"

        def _create_package(self) -> None: ...
        def _build_metadata(self) -> None: ...
        def _build_models(self) -> None:
            raise jinja2.TemplateError("in a model")

        def _build_api(self) -> None:
            raise jinja2.TemplateError("in an endpoint")

    with pytest.raises(opc.GenerationFailed, match="template error: in a model"):
        opc._build(Project(), in_parallel)  # type: ignore[arg-type]
