"""Okta's OAS 3 constructs and upstream defects, on small hand-made documents.

The repairs print one line per change; the polymorphism constructs are rendered into a small client
and imported, so what is proven is the generated behaviour, not only the document.
"""

from __future__ import annotations

import copy
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from okta_codegen.client_view import client_view
from okta_codegen.errors import SpecError
from okta_codegen.normalize import normalize
from okta_codegen.opc import render_client
from okta_codegen.transforms.allof_inheritance import inherit_from_all_of
from okta_codegen.transforms.contradicting_defaults import drop_contradicting_defaults
from okta_codegen.transforms.definitions_refs import rewrite_definitions_refs
from okta_codegen.transforms.enum_duplicates import drop_duplicate_enum_values
from okta_codegen.transforms.example_refs import drop_examples_with_dangling_refs
from okta_codegen.transforms.example_violations import drop_example_violations
from okta_codegen.transforms.extensible_objects import mark_extensible_objects
from okta_codegen.transforms.ignored_header_parameters import drop_ignored_header_parameters
from okta_codegen.transforms.path_parameters_required import require_path_parameters
from okta_codegen.transforms.required_undeclared import drop_undeclared_required
from okta_codegen.validate import dangling_refs


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def document(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def test_a_path_parameter_without_required_is_required_and_said(capsys: pytest.CaptureFixture[str]) -> None:
    doc = document(
        {},
        {
            "/hook-keys/{id}": {
                "get": {
                    "operationId": "getKey",
                    "parameters": [
                        {"name": "id", "in": "path", "schema": {"type": "string"}},
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    )
    doc["components"]["parameters"] = {"other": {"name": "x", "in": "path", "required": False}}
    require_path_parameters(doc, "spec.yaml")
    parameters = doc["paths"]["/hook-keys/{id}"]["get"]["parameters"]
    assert parameters[0]["required"] is True and "required" not in parameters[1]
    assert doc["components"]["parameters"]["other"]["required"] is True
    assert capsys.readouterr().err.splitlines() == [
        "okta_codegen: path_parameters_required: spec.yaml#/components/parameters/other:"
        " path parameter 'x' with required: False: now required",
        "okta_codegen: path_parameters_required: spec.yaml#/paths/~1hook-keys~1{id}/get/parameters/0:"
        " path parameter 'id' without required: now required",
    ]


def test_header_parameters_openapi_ignores_are_dropped_and_said(capsys: pytest.CaptureFixture[str]) -> None:
    header = {"name": "Content-Type", "in": "header", "schema": {"type": "string"}}
    kept = {"name": "If-Match", "in": "header", "schema": {"type": "string"}}
    doc = document(
        {},
        {"/users": {"get": {"operationId": "listUsers", "parameters": [header, kept], "responses": {}}}},
    )
    doc["components"]["parameters"] = {"Accept": {"name": "accept", "in": "header"}}
    doc["paths"]["/users"]["parameters"] = [{"$ref": "#/components/parameters/Accept"}]
    drop_ignored_header_parameters(doc, "spec.yaml")
    assert doc["paths"]["/users"]["get"]["parameters"] == [kept] and doc["paths"]["/users"]["parameters"] == []
    assert capsys.readouterr().err.splitlines() == [
        "okta_codegen: ignored_header_parameters: spec.yaml#/paths/~1users/parameters/0:"
        " header parameter 'accept' ignored, as OpenAPI says",
        "okta_codegen: ignored_header_parameters: spec.yaml#/paths/~1users/get/parameters/0:"
        " header parameter 'Content-Type' ignored, as OpenAPI says",
    ]


def test_a_duplicated_enum_value_is_kept_once_and_said(capsys: pytest.CaptureFixture[str]) -> None:
    doc = document(
        {
            "GracePeriod": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["BY_DATE_TIME", "BY_DURATION", "BY_DATE_TIME"]},
                    "enum": {"type": "string", "enum": ["a", "b"]},  # a property named like the keyword
                },
            }
        }
    )
    drop_duplicate_enum_values(doc, "spec.yaml")
    assert doc["components"]["schemas"]["GracePeriod"]["properties"]["type"]["enum"] == ["BY_DATE_TIME", "BY_DURATION"]
    assert capsys.readouterr().err == (
        "okta_codegen: enum_duplicates: spec.yaml#/components/schemas/GracePeriod/properties/type/enum:"
        " enum value 'BY_DATE_TIME' listed more than once: kept once\n"
    )


def test_defaults_their_own_schema_rejects_are_dropped_and_said(capsys: pytest.CaptureFixture[str]) -> None:
    doc = document(
        {
            "Policy": {
                "type": "object",
                "properties": {
                    "created": {"type": "string", "format": "date-time", "default": "Assigned"},
                    "description": {"type": "string", "default": None},
                    "maybe": {"type": "string", "nullable": True, "default": None},
                    "status": {"type": "string", "enum": ["ACTIVE"], "default": "ACTIVE"},
                    "default": {"type": "integer", "default": 3},  # a property named like the keyword
                },
            }
        }
    )
    drop_contradicting_defaults(doc, "spec.yaml")
    properties = doc["components"]["schemas"]["Policy"]["properties"]
    assert "default" not in properties["created"] and "default" not in properties["description"]
    assert properties["maybe"]["default"] is None and properties["status"]["default"] == "ACTIVE"
    assert properties["default"]["default"] == 3
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": default ")[0] for line in err] == [
        "okta_codegen: contradicting_defaults: spec.yaml#/components/schemas/Policy/properties/created/default",
        "okta_codegen: contradicting_defaults: spec.yaml#/components/schemas/Policy/properties/description/default",
    ]


def test_examples_their_schema_rejects_are_dropped_and_said(capsys: pytest.CaptureFixture[str]) -> None:
    user = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
    media = {
        "schema": {"type": "array", "items": user},
        "examples": {
            "good": {"value": [{"id": "00u1"}]},
            "bad": {"value": [{"id": None}]},
            "shared": {"$ref": "#/components/examples/Shared"},
        },
    }
    doc = document(
        {},
        {
            "/users": {
                "get": {
                    "operationId": "listUsers",
                    "responses": {"200": {"description": "ok", "content": {"application/json": media}}},
                },
                "post": {
                    "operationId": "createUser",
                    "requestBody": {"content": {"application/json": {"schema": user, "example": {"id": 3}}}},
                    "responses": {"200": {"description": "ok"}},
                },
            }
        },
    )
    doc["components"]["examples"] = {"Shared": {"value": [{}]}}
    drop_example_violations(doc, "spec.yaml")
    kept = doc["paths"]["/users"]["get"]["responses"]["200"]["content"]["application/json"]["examples"]
    assert list(kept) == ["good"]
    assert "example" not in doc["paths"]["/users"]["post"]["requestBody"]["content"]["application/json"]
    assert doc["components"]["examples"] == {"Shared": {"value": [{}]}}  # others may use it validly
    err = capsys.readouterr().err.splitlines()
    at = "okta_codegen: example_violations: spec.yaml#/paths/~1users/"
    assert err == [
        f"{at}get/responses/200/content/application~1json/examples/bad: dropped: its schema rejects it"
        " (at /0/id: None for not nullable)",
        f"{at}get/responses/200/content/application~1json/examples/shared: dropped: its schema rejects it"
        " (at /0: 'id' is a required property)",
        f"{at}post/requestBody/content/application~1json/example: dropped: its schema rejects it"
        " (at /id: 3 is not of type 'string')",
    ]


def test_examples_holding_refs_to_nothing_are_dropped_with_their_uses(capsys: pytest.CaptureFixture[str]) -> None:
    quoted = {"properties": {"profile": {"allOf": [{"$ref": "#/definitions/base"}]}}}
    fine = {"value": {"link": {"$ref": "#/components/schemas/User"}}}  # resolves: left alone
    uses = {"uses it": {"$ref": "#/components/examples/Quoted"}, "fine": {"$ref": "#/components/examples/Fine"}}
    media = {"schema": ref("User"), "examples": uses}
    ok = {"200": {"description": "ok", "content": {"application/json": media}}}
    doc = document(
        {"User": {"type": "object", "example": {"$ref": "#/nowhere"}}},
        {"/schema": {"get": {"operationId": "getSchema", "responses": ok}}},
    )
    doc["components"]["examples"] = {"Quoted": {"value": quoted}, "Fine": fine}
    drop_examples_with_dangling_refs(doc, "spec.yaml")
    assert doc["components"]["examples"] == {"Fine": fine}
    assert list(media["examples"]) == ["fine"] and "example" not in doc["components"]["schemas"]["User"]
    assert dangling_refs(doc) == []
    at = "okta_codegen: example_refs: spec.yaml#"
    assert capsys.readouterr().err.splitlines() == [
        f"{at}/components/examples/Quoted: dropped: its value holds $ref '#/definitions/base'",
        f"{at}/paths/~1schema/get/responses/200/content/application~1json/examples/uses it:"
        " dropped with '#/components/examples/Quoted'",
        f"{at}/components/schemas/User/example: dropped: its value holds $ref '#/nowhere'",
    ]


def test_a_required_name_declared_nowhere_is_dropped_and_said(capsys: pytest.CaptureFixture[str]) -> None:
    doc = document(
        {
            "MappingRequest": {
                "type": "object",
                "properties": {"properties": {"type": "object"}},
                "required": ["properties", "expression"],
            },
            "Open": {
                "type": "object",
                "properties": {"a": {"type": "string"}},
                "additionalProperties": True,
                "required": ["b"],
            },
            "Composed": {"type": "object", "properties": {}, "allOf": [ref("Open")], "required": ["c"]},
        }
    )
    drop_undeclared_required(doc, "spec.yaml")
    schemas = doc["components"]["schemas"]
    assert schemas["MappingRequest"]["required"] == ["properties"]
    assert schemas["Open"]["required"] == ["b"] and schemas["Composed"]["required"] == ["c"]
    assert capsys.readouterr().err == (
        "okta_codegen: required_undeclared: spec.yaml#/components/schemas/MappingRequest/required:"
        " 'expression' is required but declared nowhere: dropped\n"
    )


def test_refs_inside_example_data_are_data() -> None:
    schema_example = {"properties": {"profile": {"allOf": [{"$ref": "#/definitions/base"}]}}}
    doc = document({"AppUserSchema": {"type": "object", "example": copy.deepcopy(schema_example)}})
    doc["components"]["examples"] = {"AppUserSchemaResponse": {"value": copy.deepcopy(schema_example)}}
    rewrite_definitions_refs(doc, "spec.yaml")
    assert doc["components"]["examples"]["AppUserSchemaResponse"]["value"] == schema_example
    assert doc["components"]["schemas"]["AppUserSchema"]["example"] == schema_example
    assert dangling_refs(doc) == []
    doc["components"]["schemas"]["Broken"] = ref("Nowhere")
    assert dangling_refs(doc) == [("/components/schemas/Broken/$ref", "#/components/schemas/Nowhere")]


def test_all_of_with_a_parent_first_is_a_subclass_and_other_members_are_its_own() -> None:
    doc = document(
        {
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Mixin": {"type": "object", "properties": {"note": {"type": "string"}}, "required": ["note"]},
            "Child": {
                "allOf": [ref("Base"), {"type": "object", "properties": {"x": {"type": "integer"}}}, ref("Mixin")]
            },
            "Flat": {"allOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"b": {"type": "string"}}}]},
            "Later": {"allOf": [{"properties": {"own": {"type": "string"}}}, ref("Mapped")]},
            "Mapped": {
                "type": "object",
                "properties": {"kind": {"type": "string"}},
                "discriminator": {"propertyName": "kind", "mapping": {"L": "#/components/schemas/Later"}},
            },
            "Text": {"allOf": [{"type": "string"}, {"maxLength": 3}]},
        }
    )
    inherit_from_all_of(doc, "spec.yaml")
    schemas = doc["components"]["schemas"]
    assert schemas["Child"]["x-okta-parent"] == "#/components/schemas/Base"
    assert schemas["Child"]["properties"] == {"x": {"type": "integer"}, "note": {"type": "string"}}
    assert schemas["Child"]["required"] == ["note"] and "allOf" not in schemas["Child"]
    assert "x-okta-parent" not in schemas["Flat"] and set(schemas["Flat"]["properties"]) == {"a", "b"}
    assert schemas["Later"]["x-okta-parent"] == "#/components/schemas/Mapped"  # the member mapping to it
    assert "allOf" in schemas["Text"]  # not objects: left for openapi-python-client


def test_an_all_of_cycle_is_an_error_naming_the_chain() -> None:
    doc = document({"A": {"allOf": [ref("B")]}, "B": {"allOf": [ref("A")]}})
    with pytest.raises(SpecError, match="allOf cycle: A -> B -> A") as caught:
        inherit_from_all_of(doc, "spec.yaml")
    assert caught.value.pointer == "/components/schemas/A/allOf"


def test_additional_properties_true_beside_declared_ones_is_extensible() -> None:
    doc = document(
        {
            "Profile": {"type": "object", "properties": {"login": {"type": "string"}}, "additionalProperties": True},
            "Map": {"type": "object", "additionalProperties": True},
            "Closed": {"type": "object", "properties": {"a": {"type": "string"}}},
        }
    )
    mark_extensible_objects(doc, "spec.yaml")
    schemas = doc["components"]["schemas"]
    assert schemas["Profile"]["x-okta-extensible"] is True
    assert "x-okta-extensible" not in schemas["Map"] and "x-okta-extensible" not in schemas["Closed"]


# A small Okta-shaped API: Application by signOnMode, then BrowserPlugin apps by name (nested levels), a
# mapping to a class outside the tree, colliding titles, a oneOf field and an allOf-built extensible profile.
POLYMORPHIC = {
    "Application": {
        "type": "object",
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "signOnMode": {"type": "string"}},
        "discriminator": {
            "propertyName": "signOnMode",
            "mapping": {
                "BROWSER_PLUGIN": "#/components/schemas/BrowserPluginApplication",
                "SAML_2_0": "#/components/schemas/SamlApplication",
                "ELSEWHERE": "#/components/schemas/Unrelated",
            },
        },
    },
    "BrowserPluginApplication": {
        "allOf": [ref("Application"), {"type": "object", "properties": {"settings": {"type": "object"}}}],
        "discriminator": {"propertyName": "name", "mapping": {"template_swa": "#/components/schemas/SwaApplication"}},
    },
    "SwaApplication": {
        "title": "Link Object",
        "allOf": [ref("BrowserPluginApplication"), {"properties": {"name": {"example": "template_swa"}}}],
    },
    "SamlApplication": {
        "title": "Link Object",
        "allOf": [ref("Application"), {"type": "object", "properties": {"audience": {"type": "string"}}}],
    },
    "Unrelated": {"type": "object", "properties": {"other": {"type": "string"}}},
    "Cat": {"type": "object", "properties": {"meow": {"type": "string"}}},
    "Dog": {"type": "object", "properties": {"bark": {"type": "string"}}},
    "Owner": {"type": "object", "properties": {"pet": {"oneOf": [ref("Cat"), ref("Dog")]}}},
    "ProfileBase": {"type": "object", "properties": {"login": {"type": "string"}}},
    "UserProfile": {"allOf": [ref("ProfileBase")], "additionalProperties": True},
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The small API's generated client, imported as `okta_api` for this module's tests."""
    out = tmp_path_factory.mktemp("client")
    normalized = normalize(document(copy.deepcopy(POLYMORPHIC)), [], load_entry_points=False)
    render_client(client_view(normalized, "test"), out / "okta_api")
    saved = {name: module for name, module in sys.modules.items() if name.split(".")[0] == "okta_api"}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("okta_api.models")
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n.split(".")[0] == "okta_api"]:
            del sys.modules[name]
        sys.modules.update(saved)


def test_all_of_children_are_real_subclasses(rendered: Any) -> None:
    assert issubclass(rendered.SwaApplication, rendered.BrowserPluginApplication)
    assert issubclass(rendered.BrowserPluginApplication, rendered.Application)
    assert issubclass(rendered.SamlApplication, rendered.Application)


def test_nested_discriminators_go_all_the_way_down(rendered: Any) -> None:
    data = {"id": "0oa1", "signOnMode": "BROWSER_PLUGIN", "name": "template_swa", "settings": {"k": 1}}
    app = rendered.Application.from_dict(data)
    assert type(app) is rendered.SwaApplication and app.to_dict() == data
    assert type(rendered.Application.from_json(dict(data))) is rendered.SwaApplication
    other = {**data, "name": "template_other"}
    assert type(rendered.Application.from_dict(other)) is rendered.BrowserPluginApplication


def test_an_unknown_or_out_of_tree_value_gives_the_parent_with_everything(rendered: Any) -> None:
    for mode in ("SAML_3_0", "ELSEWHERE"):
        data = {"id": "0oa1", "signOnMode": mode, "extra": {"kept": True}}
        app = rendered.Application.from_dict(data)
        assert type(app) is rendered.Application and app.to_dict() == data


def test_titles_do_not_name_classes(rendered: Any) -> None:
    assert not hasattr(rendered, "LinkObject")
    assert "Link Object" in (rendered.SamlApplication.__doc__ or "")


def test_an_annotating_override_keeps_the_inherited_type(rendered: Any) -> None:
    swa = rendered.SwaApplication.from_dict({"name": "template_swa"})
    assert swa.name == "template_swa" and swa._field_kinds["name"] == "str"


def test_one_of_fields_parse_into_the_best_fitting_model(rendered: Any) -> None:
    owner = rendered.Owner.from_dict({"pet": {"bark": "woof"}})
    assert type(owner.pet) is rendered.Dog and owner.pet.bark == "woof"
    assert type(rendered.Owner.from_dict({"pet": {"meow": "mew"}}).pet) is rendered.Cat
    assert owner.to_dict() == {"pet": {"bark": "woof"}}


def test_an_all_of_profile_with_additional_properties_is_extensible(rendered: Any) -> None:
    profile = rendered.UserProfile.from_dict({"login": "a@example.com", "costCenter": "42"})
    assert isinstance(profile, rendered.ProfileBase)
    assert profile.costCenter == "42"
    profile.favoriteSport = "curling"
    assert profile.to_dict() == {"login": "a@example.com", "costCenter": "42", "favoriteSport": "curling"}


def test_a_query_in_a_path_key_is_sent_by_its_operation(tmp_path: Path) -> None:
    """Okta 2.x's `/expire_password?tempPassword=true` path keys become operations sending that query."""
    ok = {"200": {"description": "ok"}}
    paths = {
        "/users/{userId}/expire_password?tempPassword=false": {
            "post": {"operationId": "expirePassword", "responses": ok}
        },
        "/users/{userId}/expire_password?tempPassword=true": {
            "post": {"operationId": "expirePasswordAndGetTemporaryPassword", "responses": ok}
        },
    }
    for item in paths.values():
        item["parameters"] = [{"name": "userId", "in": "path", "required": True, "schema": {"type": "string"}}]
    normalized = normalize(document({}, paths), [], load_entry_points=False)
    render_client(client_view(normalized, "test"), tmp_path / "okta_api")
    script = (
        "import httpx\n"
        "from okta_api.client import Client\n"
        "from okta_api.api import operation\n"
        "sent = []\n"
        "def answer(request):\n"
        "    sent.append(str(request.url))\n"
        "    return httpx.Response(200)\n"
        "client = Client(base_url='https://o.example', httpx_args={'transport': httpx.MockTransport(answer)})\n"
        "operation('expirePassword').sync_detailed('00u1', client=client)\n"
        "operation('expirePasswordAndGetTemporaryPassword').sync_detailed('00u1', client=client)\n"
        "print(' '.join(sent))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "https://o.example/users/00u1/expire_password?tempPassword=false",
        "https://o.example/users/00u1/expire_password?tempPassword=true",
    ]
