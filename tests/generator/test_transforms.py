"""Each spec transform of Okta's older constructs, on the 2.16.0 spec and on small documents built to break it.

Okta's current spec says the same things differently (allOf, discriminator): test_oas3_constructs.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from okta_codegen.errors import SpecError
from okta_codegen.refs import walk
from okta_codegen.transforms.defined_as import apply_defined_as
from okta_codegen.transforms.definitions_refs import rewrite_definitions_refs
from okta_codegen.transforms.discriminators import check_and_widen_discriminators
from okta_codegen.transforms.free_form_maps import widen_free_form_maps
from okta_codegen.transforms.multi_operation import convert_multi_operations
from okta_codegen.transforms.operation_scopes import record_operation_scopes
from okta_codegen.transforms.parent_inheritance import normalize_parent_inheritance
from okta_codegen.transforms.scopes_fallback import fallback_scopes


@pytest.fixture
def upstream(legacy_upstream: dict[str, Any]) -> dict[str, Any]:
    return legacy_upstream


@pytest.fixture
def normalized(legacy_normalized: dict[str, Any]) -> dict[str, Any]:
    return legacy_normalized


def schemas(document: dict[str, Any]) -> dict[str, Any]:
    return document["components"]["schemas"]


def test_raw_spec_has_swagger2_refs_and_none_survive(upstream: dict[str, Any]) -> None:
    assert "#/definitions/" in json.dumps(upstream)
    rewrite_definitions_refs(upstream, "spec")
    assert "#/definitions/" not in json.dumps(upstream)
    assert schemas(upstream)["BookmarkApplication"]["x-okta-parent"] == "#/components/schemas/Application"


def test_normalized_spec_has_no_dangling_refs(normalized: dict[str, Any]) -> None:
    from okta_codegen.validate import dangling_refs

    assert dangling_refs(normalized) == []


def test_every_child_gets_its_parents_fields(normalized: dict[str, Any]) -> None:
    all_schemas = schemas(normalized)
    children = {name: s for name, s in all_schemas.items() if "x-okta-parent" in s}
    assert len(children) == 66
    for name in ("AccessPolicy", "MultifactorEnrollmentPolicy", "OAuthAuthorizationPolicy", "ProfileEnrollmentPolicy"):
        assert {"id", "type", "name", "conditions", "_links"} <= set(all_schemas[name]["properties"]), name
    for name, child in children.items():
        parent = all_schemas[child["x-okta-parent"].rsplit("/", 1)[-1]]
        assert set(parent.get("properties", {})) <= set(child["properties"]), name


def test_child_keeps_its_own_override_but_not_a_placeholder() -> None:
    document = {
        "components": {
            "schemas": {
                "Base": {"type": "object", "properties": {"name": {"type": "string"}, "s": {"$ref": "#/x/A"}}},
                "Child": {
                    "type": "object",
                    "x-okta-parent": "#/components/schemas/Base",
                    "properties": {"name": {"type": "object"}, "s": {"$ref": "#/x/B"}, "own": {"type": "integer"}},
                },
            }
        }
    }
    normalize_parent_inheritance(document, "doc")
    props = schemas(document)["Child"]["properties"]
    assert props == {"name": {"type": "string"}, "s": {"$ref": "#/x/B"}, "own": {"type": "integer"}}


def test_parent_cycle_and_missing_parent_are_errors() -> None:
    cycle = {
        "components": {
            "schemas": {
                "A": {"x-okta-parent": "#/components/schemas/B"},
                "B": {"x-okta-parent": "#/components/schemas/A"},
            }
        }
    }
    with pytest.raises(SpecError, match="cycle") as caught:
        normalize_parent_inheritance(cycle, "doc.yaml")
    assert caught.value.file == "doc.yaml" and caught.value.pointer.startswith("/components/schemas/")
    missing = {"components": {"schemas": {"A": {"x-okta-parent": "#/components/schemas/Nope"}}}}
    with pytest.raises(SpecError, match="points at nothing"):
        normalize_parent_inheritance(missing, "doc.yaml")


def test_inline_parent_enum_becomes_one_shared_schema(normalized: dict[str, Any]) -> None:
    all_schemas = schemas(normalized)
    assert all_schemas["ApplicationStatus"]["enum"] == ["ACTIVE", "INACTIVE", "DELETED"]
    status = all_schemas["BookmarkApplication"]["properties"]["status"]
    assert status["allOf"] == [{"$ref": "#/components/schemas/ApplicationStatus"}] and status["readOnly"] is True


def test_discriminator_enum_is_widened(normalized: dict[str, Any]) -> None:
    rule_type = schemas(normalized)["PolicyRuleType"]["enum"]
    assert {"SIGN_ON", "PASSWORD", "ACCESS_POLICY", "PROFILE_ENROLLMENT"} <= set(rule_type)


def test_discriminator_mapping_to_nothing_is_an_error() -> None:
    document = {
        "components": {
            "schemas": {
                "P": {
                    "properties": {"kind": {"type": "string", "enum": ["a"]}},
                    "x-openapi-v3-discriminator": {
                        "propertyName": "kind",
                        "mapping": {"a": "#/components/schemas/Gone"},
                    },
                }
            }
        }
    }
    with pytest.raises(SpecError, match="Gone") as caught:
        check_and_widen_discriminators(document, "frag.yaml")
    assert caught.value.pointer == "/components/schemas/P/x-openapi-v3-discriminator/mapping/a"


def test_defined_as_and_discriminator_give_defaults(normalized: dict[str, Any]) -> None:
    all_schemas = schemas(normalized)
    assert all_schemas["BookmarkApplication"]["x-okta-defaults"] == {"signOnMode": "BOOKMARK", "name": "bookmark"}
    assert all_schemas["SwaThreeFieldApplication"]["x-okta-defaults"] == {
        "signOnMode": "BROWSER_PLUGIN",
        "name": "template_swa3field",
    }
    # Two values map to CustomHotpUserFactor and two to SamlApplication: no single default.
    assert "factorType" not in all_schemas["CustomHotpUserFactor"].get("x-okta-defaults", {})
    assert "signOnMode" not in all_schemas["Org2OrgApplication"]["x-okta-defaults"]
    assert all_schemas["BookmarkApplication"]["properties"]["name"] == {"type": "string", "default": "bookmark"}


def test_defined_as_on_a_small_document() -> None:
    document = {
        "components": {
            "schemas": {
                "P": {
                    "properties": {"kind": {"type": "string"}},
                    "x-openapi-v3-discriminator": {"propertyName": "kind", "mapping": {"k": "#/components/schemas/C"}},
                },
                "C": {"x-okta-parent": "#/components/schemas/P", "x-okta-defined-as": {"name": "c"}},
            }
        }
    }
    apply_defined_as(document, "doc")
    assert schemas(document)["C"]["x-okta-defaults"] == {"kind": "k", "name": "c"}


def test_free_form_maps_accept_anything(normalized: dict[str, Any]) -> None:
    leftovers = [
        at
        for at, node in walk(normalized)
        if isinstance(node, dict) and node.get("additionalProperties") == {"type": "object", "properties": {}}
    ]
    assert leftovers == []
    assert schemas(normalized)["User"]["properties"]["_links"]["additionalProperties"] == {}
    document = {"a": {"type": "object", "additionalProperties": {"type": "object", "properties": {}}}}
    widen_free_form_maps(document, "doc")
    assert document["a"]["additionalProperties"] == {}


def test_multi_operation_alternatives_are_openapi3_operations(normalized: dict[str, Any]) -> None:
    operation = normalized["paths"]["/api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish"]["post"]
    alternatives = {alt["operationId"]: alt for alt in operation["x-okta-multi-operation"]}
    assert set(alternatives) == {
        "publishCerCert",
        "publishBinaryCerCert",
        "publishDerCert",
        "publishBinaryDerCert",
        "publishBinaryPemCert",
    }
    assert alternatives["publishCerCert"]["requestBody"]["content"] == {
        "application/x-x509-ca-cert": {"schema": {"type": "string", "format": "byte"}}
    }
    assert alternatives["publishBinaryPemCert"]["requestBody"]["content"] == {
        "application/x-pem-file": {"schema": {"type": "string", "format": "binary"}}
    }
    assert alternatives["publishDerCert"]["responses"]["201"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/JsonWebKey"
    }
    assert set(operation["requestBody"]["content"]) == {
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    }
    forgot = normalized["paths"]["/api/v1/users/{userId}/credentials/forgot_password"]["post"]
    set_new = {alt["operationId"]: alt for alt in forgot["x-okta-multi-operation"]}["forgotPasswordSetNewPassword"]
    assert set_new["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/UserCredentials"
    }
    assert set_new["parameters"][-1] == {
        "name": "sendEmail",
        "in": "query",
        "schema": {"type": "boolean", "default": True},
    }


def test_multi_operation_without_operation_id_is_an_error() -> None:
    document = {"paths": {"/x": {"post": {"x-okta-multi-operation": [{"consumes": ["text/plain"]}]}}}}
    with pytest.raises(SpecError, match="operationId") as caught:
        convert_multi_operations(document, "frag.yaml")
    assert caught.value.pointer == "/paths/~1x/post/x-okta-multi-operation/0"


@pytest.mark.parametrize(
    ("path", "method", "scopes"),
    [
        ("/api/v1/users", "get", ["okta.users.read"]),
        ("/api/v1/users/{userId}/roles", "post", ["okta.roles.manage"]),
        ("/api/v1/users/{userId}/factors", "post", ["okta.users.manage"]),
        ("/api/v1/apps/{appId}", "delete", ["okta.apps.manage"]),
        ("/api/v1/meta/schemas/user/linkedObjects", "get", ["okta.linkedObjects.read"]),
        ("/api/v1/meta/schemas/user/default", "post", ["okta.schemas.manage"]),
        ("/api/v1/brands", "get", []),
        ("/api/v1/zones", "get", []),
    ],
)
def test_the_fallback_derives_scopes_from_the_path(path: str, method: str, scopes: list[str]) -> None:
    assert fallback_scopes(path, method) == scopes


def test_every_operation_records_its_scopes(normalized: dict[str, Any]) -> None:
    from okta_codegen.operations import generated_operations

    operations = [op.operation for op in generated_operations(normalized)]
    assert len(operations) == 341 - 3 + 12 + 7  # multi-operation alternatives replace their 3 bases
    for operation in operations:
        assert isinstance(operation["x-okta-scopes"], list), operation["operationId"]


def test_record_scopes_reaches_multi_operation_alternatives() -> None:
    document = {"paths": {"/api/v1/idps/{idpId}/x": {"post": {"x-okta-multi-operation": [{"operationId": "a"}]}}}}
    record_operation_scopes(document, "doc")
    assert document["paths"]["/api/v1/idps/{idpId}/x"]["post"]["x-okta-multi-operation"][0]["x-okta-scopes"] == [
        "okta.idps.manage"
    ]


def test_query_strings_leave_path_keys_and_become_fixed_query_alternatives(normalized: dict[str, Any]) -> None:
    assert not [path for path in normalized["paths"] if "?" in path]
    operation = normalized["paths"]["/api/v1/users/{userId}/lifecycle/expire_password"]["post"]
    fixed = {alt["operationId"]: alt["x-okta-fixed-query"] for alt in operation["x-okta-multi-operation"]}
    assert fixed == {
        "expirePassword": {"tempPassword": "false"},
        "expirePasswordAndGetTemporaryPassword": {"tempPassword": "true"},
    }
    assert {"name": "tempPassword", "in": "query", "schema": {"type": "string"}} in operation["parameters"]


def test_a_query_path_beside_a_plain_operation_is_an_error() -> None:
    from okta_codegen.transforms.query_in_path import move_query_out_of_paths

    ok = {"responses": {"200": {"description": "ok"}}}
    document = {"paths": {"/a": {"get": {"operationId": "x", **ok}}, "/a?b=1": {"get": {"operationId": "y", **ok}}}}
    with pytest.raises(SpecError, match="already has this operation") as caught:
        move_query_out_of_paths(document, "doc.yaml")
    assert caught.value.pointer == "/paths/~1a?b=1/get"


def test_string_enums_declared_as_objects_become_strings(normalized: dict[str, Any]) -> None:
    for name in ("ProfileMappingPropertyPushStatus", "UserSchemaAttributeScope", "UserSchemaAttributeUnion"):
        assert schemas(normalized)[name]["type"] == "string", name


def test_overlapping_one_of_becomes_any_of(capsys: pytest.CaptureFixture[str]) -> None:
    from okta_codegen.transforms.overlapping_one_of import relax_overlapping_one_of

    open_a = {"type": "object", "properties": {"code": {"type": "string"}}}
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "A": open_a,
                "Overlap": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"properties": {"other": {}}}]},
                "Apart": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "object", "required": ["x"]}]},
                "Tagged": {
                    "oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "object"}],
                    "discriminator": {"propertyName": "code"},
                },
            }
        }
    }
    relax_overlapping_one_of(document, "doc")
    schemas = document["components"]["schemas"]
    assert "anyOf" in schemas["Overlap"] and "oneOf" not in schemas["Overlap"]
    assert "oneOf" in schemas["Apart"] and "oneOf" in schemas["Tagged"]
    assert "overlapping_one_of: doc#/components/schemas/Overlap/oneOf" in capsys.readouterr().err


def test_a_discriminated_one_of_whose_alternatives_take_the_same_values_becomes_any_of(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from okta_codegen.transforms.overlapping_one_of import relax_overlapping_one_of

    def alternative(type_schema: dict[str, Any], **more: Any) -> dict[str, Any]:
        return {"type": "object", "properties": {"type": type_schema, **more}, "required": ["type"]}

    mapping = {"STANDARD": "#/components/schemas/Standard", "CUSTOM": "#/components/schemas/Custom"}
    refs = [{"$ref": "#/components/schemas/Standard"}, {"$ref": "#/components/schemas/Custom"}]
    split = [{"$ref": "#/components/schemas/OnlyStandard"}, {"$ref": "#/components/schemas/OnlyCustom"}]
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "Kind": {"type": "string", "enum": ["STANDARD", "CUSTOM"]},
                "Standard": alternative({"$ref": "#/components/schemas/Kind"}),
                "Custom": alternative({"$ref": "#/components/schemas/Kind"}, role={"type": "string"}),
                "OnlyStandard": alternative({"type": "string", "enum": ["STANDARD"]}),
                "OnlyCustom": alternative({"type": "string", "enum": ["CUSTOM"]}),
                "Shared": {"oneOf": refs, "discriminator": {"propertyName": "type", "mapping": mapping}},
                "List": {
                    "type": "array",
                    "items": {"oneOf": refs, "discriminator": {"propertyName": "type", "mapping": mapping}},
                },
                "Apart": {"oneOf": split, "discriminator": {"propertyName": "type", "mapping": mapping}},
            }
        }
    }
    relax_overlapping_one_of(document, "doc")
    schemas = document["components"]["schemas"]
    assert schemas["Shared"]["anyOf"] == refs and schemas["Shared"]["discriminator"]["mapping"] == mapping
    assert schemas["List"]["items"]["anyOf"] == refs
    assert schemas["Apart"]["oneOf"] == split
    assert capsys.readouterr().err.splitlines() == [
        "okta_codegen: overlapping_one_of: doc#/components/schemas/Shared/oneOf:"
        " 2 alternatives take discriminator value 'STANDARD': anyOf",
        "okta_codegen: overlapping_one_of: doc#/components/schemas/List/items/oneOf:"
        " 2 alternatives take discriminator value 'STANDARD': anyOf",
    ]


def test_a_pattern_no_example_value_fits_is_repaired_or_dropped_and_said(capsys: pytest.CaptureFixture[str]) -> None:
    from okta_codegen.transforms.pattern_violations import drop_unmatchable_patterns

    broken = "^P(?:$)(\\d+D)?(T(?:\\d)(\\d+H)?)?$"  # lookaheads flattened into groups: only "P" matches
    repaired = "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?)?$"
    token = {
        "type": "object",
        "properties": {
            "window": {"$ref": "#/components/schemas/Duration"},
            "source": {"type": "string", "pattern": "^[a-z-]$"},  # one character: no repair, dropped
            "phone": {"type": "string", "pattern": "^\\+\\d+$", "example": "+15554151337"},
            "code": {"type": "string", "pattern": "^[a-z]+$"},
        },
    }
    media = {
        "schema": {"$ref": "#/components/schemas/Token"},
        "examples": {
            "a": {"value": {"window": "P30D", "phone": "+1-555", "source": "my-source"}},
            "b": {"value": {"window": "PT1H"}},
        },
    }
    document: dict[str, Any] = {
        "paths": {"/tokens": {"get": {"responses": {"200": {"content": {"application/json": media}}}}}},
        "components": {"schemas": {"Duration": {"type": "string", "pattern": broken}, "Token": token}},
    }
    drop_unmatchable_patterns(document, "doc")
    schemas = document["components"]["schemas"]
    assert schemas["Duration"]["pattern"] == repaired
    assert "pattern" not in schemas["Token"]["properties"]["source"]
    # One documented value fits the phone pattern (the other example is wrong); no value says anything of code's.
    assert schemas["Token"]["properties"]["phone"]["pattern"] == "^\\+\\d+$"
    assert schemas["Token"]["properties"]["code"]["pattern"] == "^[a-z]+$"
    assert capsys.readouterr().err.splitlines() == [
        "okta_codegen: pattern_violations: doc#/components/schemas/Duration/pattern:"
        f" {broken!r} fits no example value (e.g. 'P30D'): {repaired!r}",
        "okta_codegen: pattern_violations: doc#/components/schemas/Token/properties/source/pattern:"
        " dropped: '^[a-z-]$' fits no example value (e.g. 'my-source')",
    ]


def test_schema_examples_uris_and_discriminated_examples_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    from okta_codegen.transforms.example_violations import drop_example_violations

    method = {
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "discriminator": {"propertyName": "type", "mapping": {"LIST": "#/components/schemas/ListMethod"}},
    }
    list_method = {
        "type": "object",
        "properties": {"type": {"type": "string"}, "constraints": {"type": "array", "items": {}}},
    }
    media = {
        "schema": {"$ref": "#/components/schemas/Method"},
        "examples": {
            "routed": {"value": {"type": "LIST", "constraints": {"knowledge": {}}}},
            "fine": {"value": {"type": "LIST", "constraints": []}},
        },
    }
    document: dict[str, Any] = {
        "paths": {"/m": {"get": {"responses": {"200": {"content": {"application/json": media}}}}}},
        "components": {
            "schemas": {
                "Method": method,
                "ListMethod": list_method,
                "Logout": {"type": "object", "example": "ACTIVE", "properties": {"status": {"type": "string"}}},
                "Site": {
                    "type": "object",
                    "properties": {
                        "home": {"type": "string", "format": "url", "example": "https://{yourOktaDomain}/home"},
                        "jwks": {"type": "string", "format": "uri", "example": "https://example.com/keys"},
                    },
                },
            }
        },
    }
    drop_example_violations(document, "doc")
    schemas = document["components"]["schemas"]
    assert list(media["examples"]) == ["fine"]
    assert "example" not in schemas["Logout"] and "example" not in schemas["Site"]["properties"]["home"]
    assert schemas["Site"]["properties"]["jwks"]["example"] == "https://example.com/keys"
    assert capsys.readouterr().err.splitlines() == [
        "okta_codegen: example_violations: doc#/paths/~1m/get/responses/200/content/application~1json/examples/routed:"
        " dropped: its schema rejects it (at /constraints: {'knowledge': {}} is not of type 'array')",
        "okta_codegen: example_violations: doc#/components/schemas/Logout/example:"
        " dropped: its schema rejects it ('ACTIVE' is not of type 'object')",
        "okta_codegen: example_violations: doc#/components/schemas/Site/properties/home/example:"
        " dropped: its schema rejects it ('https://{yourOktaDomain}/home' is not a 'url')",
    ]


def test_an_example_violation_is_reported_the_same_whatever_the_hash_seed() -> None:
    # jsonschema checks additionalProperties in set order: the first error used to change from run to run.
    code = (
        "from okta_codegen.transforms.example_violations import drop_example_violations\n"
        "schema = {'type': 'object', 'additionalProperties': {'type': 'object'}}\n"
        "example = {key: 'text' for key in ('orgId', 'baseUrl', 'name', 'zone', 'kind', 'tag')}\n"
        "document = {'openapi': '3.0.3', 'components': {'schemas': {'S': {**schema, 'example': example}}}}\n"
        "drop_example_violations(document, 'd')\n"
    )
    lines = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        for seed in range(8)
    }
    assert len(lines) == 1 and "at /baseUrl:" in lines.pop()
