"""Two things that would get one Python name are an error naming both, never one of them silently lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from okta_codegen.client_view import client_view
from okta_codegen.errors import SpecError
from okta_codegen.names import NAMING, attribute_names, check_python_names, member_names
from okta_codegen.opc import GenerationFailed, render_client
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.schemas import Class

OK = {"responses": {"200": {"description": "ok"}}}


def document(paths: dict[str, Any] | None = None, **schemas: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def allowed(doc: dict[str, Any]) -> None:
    check_python_names(doc, "build/okta-openapi.json")


def clash(doc: dict[str, Any]) -> SpecError:
    with pytest.raises(SpecError) as caught:
        check_python_names(doc, "build/okta-openapi.json")
    assert caught.value.file == "build/okta-openapi.json"
    return caught.value


def obj(*names: str, **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {name: {"type": "string"} for name in names}, **extra}


def test_operations_whose_function_names_meet_are_an_error_naming_both() -> None:
    paths = {
        "/probe/a": {"get": {"operationId": "getProbeThing", "tags": ["Probe"], **OK}},
        "/probe/b": {"get": {"operationId": "get_probe_thing", "tags": ["Probe"], **OK}},
    }
    error = clash(document(paths))
    assert error.pointer == "/paths/~1probe~1b/get"
    assert "'get_probe_thing'" in error.message and "'getProbeThing' at #/paths/~1probe~1a/get" in error.message


def test_operations_meet_across_tags_and_in_multi_operation_alternatives() -> None:
    """Endpoints know their facts by function name package-wide, so another tag does not keep them apart."""
    alternatives = [{"operationId": "publishCert", **OK}, {"operationId": "PublishCert", **OK}]
    paths = {"/certs": {"post": {"operationId": "publish", "x-okta-multi-operation": alternatives, **OK}}}
    assert clash(document(paths)).pointer == "/paths/~1certs/post/x-okta-multi-operation/1"
    paths = {
        "/a": {"get": {"operationId": "listThings", "tags": ["A"], **OK}},
        "/b": {"get": {"operationId": "ListThings", "tags": ["B"], **OK}},
    }
    assert clash(document(paths)).pointer == "/paths/~1b/get"


@pytest.mark.parametrize(
    ("first", "second", "what"),
    [
        ("FooBar", "Foo_Bar", "class"),
        ("IAMRole", "IamRole", "module"),  # two classes, one file models/iam_role.py
        ("user", "User", "class"),
    ],
)
def test_schemas_whose_class_or_module_meet_are_an_error(first: str, second: str, what: str) -> None:
    error = clash(document(**{first: obj("a"), second: obj("b")}))
    assert error.pointer == f"/components/schemas/{second}"
    assert f"Python {what}" in error.message and f"schema {first!r}" in error.message


def test_a_title_names_the_class() -> None:
    error = clash(document(HrefObject=obj("href", title="LinkObject"), LinkedHrefObject=obj("x", title="LinkObject")))
    assert "'LinkObject'" in error.message


def test_two_enums_with_the_same_values_may_share_a_class_but_not_different_ones() -> None:
    allowed(document(Foo_Bar={"type": "string", "enum": ["x"]}, FooBar={"type": "string", "enum": ["x"]}))
    error = clash(document(Foo_Bar={"type": "string", "enum": ["x"]}, FooBar={"type": "string", "enum": ["y"]}))
    assert error.pointer == "/components/schemas/FooBar"


@pytest.mark.parametrize(
    "values",
    [["a-b", "a_b"], ["a_b", "a-b"], ["a_b", "a b"], ["ab", "AB"], ["a.b", "A_B"]],
)
def test_enum_values_that_would_be_one_member_are_an_error(values: list[str]) -> None:
    error = clash(document(Kind={"type": "string", "enum": ["other", *values]}))
    assert error.pointer == "/components/schemas/Kind/enum/2"
    assert f"enum value {values[1]!r}" in error.message and f"enum value {values[0]!r}" in error.message


def test_an_enum_value_listed_twice_is_an_error() -> None:
    error = clash(document(Kind={"type": "string", "enum": ["x", "y", "x"]}))
    assert (error.pointer, error.message) == (
        "/components/schemas/Kind/enum/2",
        "enum value 'x' is listed twice (first at #/components/schemas/Kind/enum/0): remove one",
    )


def test_enum_members_are_checked_inline_in_parameters_and_with_var_names() -> None:
    parameter = {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["a-b", "a_b"]}}
    assert clash(document({"/x": {"get": {"operationId": "x", "parameters": [parameter], **OK}}})).pointer == (
        "/paths/~1x/get/parameters/0/schema/enum/1"
    )
    numbers = {"type": "integer", "enum": [1, 2], "x-enum-varnames": ["one_two", "oneTwo"]}
    assert clash(document(Level=numbers)).pointer == "/components/schemas/Level/enum/1"
    allowed(document(Level={"type": "integer", "enum": [1, -1, 2]}))


def test_enum_like_data_in_examples_is_not_a_schema() -> None:
    allowed(document(Kind={"type": "string", "example": {"enum": ["a-b", "a_b"]}}))


def test_properties_openapi_python_client_renames_apart_are_allowed() -> None:
    allowed(document(M=obj("fooBar", "foo_bar"), N=obj("foo-bar", "foo_bar")))


@pytest.mark.parametrize("names", [("ab", "a_b", "a-b"), ("a-b", "a.b"), ("self", "self_")])
def test_properties_that_stay_one_attribute_are_an_error(names: tuple[str, ...]) -> None:
    error = clash(document(M=obj(*names)))
    assert error.pointer.startswith("/components/schemas/M/properties/")
    assert "Python attribute" in error.message


def test_a_property_named_like_a_keyword_is_still_a_schema() -> None:
    nested = {"type": "object", "properties": {"default": obj("a-b", "a.b"), "example": {"enum": ["a-b", "a_b"]}}}
    error = clash(document(M=nested))
    assert error.pointer == "/components/schemas/M/properties/default/properties/a.b"
    assert "(and 1 more name clash(es))" in error.message


def test_inherited_properties_meet_own_ones() -> None:
    """Through allOf, and through x-okta-parent (whose transform copied the parent's properties in)."""
    parent = obj("a-b")
    child = {"allOf": [{"$ref": "#/components/schemas/P"}, obj("a.b")]}
    assert clash(document(P=parent, M=child)).pointer == "/components/schemas/M/properties/a.b"
    parent = obj("fooBar")
    child = obj("fooBar", "foo_bar", **{"x-okta-parent": "#/components/schemas/P"})
    error = clash(document(P=parent, C=child))
    assert error.pointer == "/components/schemas/C/properties/fooBar"
    assert "'fooBar' here but 'foo_bar' in its parent" in error.message


@pytest.mark.parametrize("which", ["normalized", "legacy_normalized"])
def test_every_target_spec_has_no_clash(which: str, request: pytest.FixtureRequest) -> None:
    """As the pipeline checks: on the client view, after its renames (titles, numbered twins)."""
    from okta_codegen.client_view import client_view

    document = request.getfixturevalue(which)
    check_python_names(client_view(document, "build/okta-openapi.json").document, "build/okta-openapi.json")


@pytest.mark.parametrize(
    "names",
    [
        ["fooBar", "foo_bar", "FooBar", "foo-bar"],
        ["ab", "a_b", "aB", "AB", "a-b"],
        ["type", "Type", "_links", "links", "self", "id", "ID", "Id"],
        ["x1", "x_1", "1x", "X1"],
    ],
)
def test_attribute_names_agree_with_openapi_python_client(names: list[str]) -> None:
    """Where openapi-python-client parses the model, the attributes it makes are the ones the check predicts."""
    data = GeneratorData.from_dict(document(M=obj(*names)), config=NAMING)
    assert isinstance(data, GeneratorData)
    (model,) = data.models
    made = {p.name: p.python_name for p in (*model.required_properties, *model.optional_properties)}  # type: ignore[misc]
    assert made == attribute_names(names)


@pytest.mark.parametrize(
    "values", [["a", "B", "c-d", "e.f", "1x", "_y", "Zed Zed"], ["fooBar", "FOO_BAR_BAZ", "x9", "9"]]
)
def test_member_names_agree_with_openapi_python_client(values: list[str]) -> None:
    made = EnumProperty.values_from_list(values, Class.from_string(string="E", config=NAMING), [])
    assert dict(zip(member_names(values, None), values, strict=True)).keys() == made.keys()


def test_render_client_refuses_names_made_twice_even_past_the_document_check(tmp_path: Path) -> None:
    paths = {
        "/a": {"get": {"operationId": "getProbeThing", **OK}},
        "/b": {"get": {"operationId": "get_probe_thing", **OK}},
    }
    with pytest.raises(GenerationFailed, match="two operations are the function 'get_probe_thing'"):
        render_client(client_view(document(paths), "t"), tmp_path / "okta_api")
    with pytest.raises(GenerationFailed, match="M: two properties are the attribute 'ab'"):
        render_client(client_view(document(M=obj("ab", "a_b", "a-b")), "t"), tmp_path / "okta_api2")


def test_generate_stops_on_a_clash_with_file_and_pointer_and_keeps_generated(project_copy: Path) -> None:
    generated = project_copy / "generated" / "okta_api"
    generated.mkdir(parents=True)
    (generated / "sentinel.py").write_text("KEEP = True\n")
    (project_copy / "spec" / "zz-probe.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: probe, version: '1'}\npaths:\n"
        "  /probe/a: {get: {operationId: getProbeThing, tags: [Probe], responses: {'200': {description: ok}}}}\n"
        "  /probe/b: {get: {operationId: get_probe_thing, tags: [Probe], responses: {'200': {description: ok}}}}\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "okta_codegen", "generate", "--root", str(project_copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    # The spec's own notes (examples dropped, ...) may come first: one error follows them.
    [error] = [line for line in result.stderr.splitlines() if line.startswith("okta_codegen: error:")]
    assert error.startswith(
        "okta_codegen: error: build/okta-openapi.json#/paths/~1probe~1b/get: operation 'get_probe_thing'"
    )
    assert "operation 'getProbeThing' at #/paths/~1probe~1a/get" in error
    assert [p.name for p in generated.iterdir()] == ["sentinel.py"]
    assert sorted(p.name for p in generated.parent.iterdir()) == ["okta_api"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet="aAbB_-. 1", min_size=1, max_size=4), min_size=2, max_size=5, unique=True))
def test_the_property_check_fires_exactly_when_openapi_python_client_would_lose_a_field(names: list[str]) -> None:
    """Its parse fails, or two properties come out as one attribute: then, and only then, the check refuses."""
    data = GeneratorData.from_dict(document(M=obj(*names)), config=NAMING)
    assert isinstance(data, GeneratorData)
    if data.models:
        (model,) = data.models
        made = [p.python_name for p in (*model.required_properties, *model.optional_properties)]  # type: ignore[misc]
        lost = len(set(made)) < len(names)
    else:
        lost = True  # the model did not parse: "Conflicting property names"
    try:
        check_python_names(document(M=obj(*names)), "doc")
    except SpecError:
        refused = True
    else:
        refused = False
    assert refused == lost


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="aAbB_-. 1", min_size=1, max_size=4), min_size=2, max_size=5))
def test_the_enum_check_fires_exactly_when_openapi_python_client_would_lose_a_member(values: list[str]) -> None:
    """It raises, or keeps fewer members than values: then, and only then, the check refuses."""
    try:
        made = EnumProperty.values_from_list(values, Class.from_string(string="E", config=NAMING), [])
    except ValueError:
        lost = True
    else:
        lost = len(made) < len(values)
    try:
        check_python_names(document(E={"type": "string", "enum": values}), "doc")
    except SpecError:
        refused = True
    else:
        refused = False
    assert refused == lost
