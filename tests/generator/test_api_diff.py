"""The public-API diff: one small spec pair per kind of change, and the real 2.16.0 spec against an edited copy."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from okta_codegen.api_diff import Change, diff_documents, render_markdown, widens
from okta_codegen.normalize import fragment_paths, normalize

from ..conftest import ROOT

OK = {"200": {"description": "ok"}}


def op(operation_id: str, tag: str = "User", **parts: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": [tag], "responses": parts.pop("responses", OK), **parts}


def doc(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None, version: str = "1") -> Any:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": version},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
    }


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any], required: bool = True) -> dict[str, Any]:
    return {"required": required, "content": {"application/json": {"schema": schema}}}


def changes(old: dict[str, Any], new: dict[str, Any]) -> set[tuple[str, bool, str, str]]:
    return {(c.kind, c.breaking, c.subject, c.detail) for c in diff_documents(old, new).changes}


def test_operations_added_and_removed() -> None:
    old = doc({"/users": {"get": op("listUsers"), "post": op("createUser")}})
    new = doc({"/users": {"get": op("listUsers")}, "/groups": {"get": op("listGroups", "Group")}})
    assert changes(old, new) == {
        ("operation removed", True, "`createUser`", "POST /users"),
        ("operation added", False, "`listGroups`", "GET /groups"),
    }


def test_same_method_and_path_with_a_new_operation_id_is_a_rename() -> None:
    old = doc({"/users/{id}": {"delete": op("deactivateOrDeleteUser")}})
    new = doc({"/users/{id}": {"delete": op("deleteUser")}})
    assert changes(old, new) == {
        ("operation renamed", True, "`deactivateOrDeleteUser` -> `deleteUser`", "DELETE /users/{id}")
    }


def test_an_operation_under_another_tag_moves_module() -> None:
    old = doc({"/apps/{id}/keys": {"get": op("listAppKeys", "Application")}})
    new = doc({"/apps/{id}/keys": {"get": op("listAppKeys", "ApplicationCredential")}})
    assert changes(old, new) == {
        (
            "operation moved",
            True,
            "`listAppKeys`",
            "`okta_api.api.application.list_app_keys` -> `okta_api.api.application_credential.list_app_keys`",
        )
    }


def test_multi_operation_alternatives_are_the_operations() -> None:
    alternatives = [{"operationId": "publishCerCert"}, {"operationId": "publishDerCert"}]
    old = doc({"/certs": {"post": op("publishCert", **{"x-okta-multi-operation": alternatives})}})
    new = doc({"/certs": {"post": op("publishCert", **{"x-okta-multi-operation": alternatives[:1]})}})
    assert changes(old, new) == {("operation removed", True, "`publishDerCert`", "POST /certs")}


def parameter(name: str, required: bool = False, where: str = "query", **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "schema": schema or {"type": "string"}}


def test_parameters_added_removed_and_newly_required() -> None:
    old = doc({"/users": {"get": op("listUsers", parameters=[parameter("q"), parameter("limit"), parameter("after")])}})
    new = doc(
        {
            "/users": {
                "get": op(
                    "listUsers",
                    parameters=[
                        parameter("q"),
                        parameter("limit", required=True),
                        parameter("search"),
                        parameter("X-Org", required=True, where="header"),
                    ],
                )
            }
        }
    )
    assert changes(old, new) == {
        ("parameter removed", True, "`listUsers` query parameter `after`", ""),
        ("parameter now required", True, "`listUsers` query parameter `limit`", ""),
        ("parameter added", False, "`listUsers` query parameter `search`", "optional"),
        ("parameter added", True, "`listUsers` header parameter `X-Org`", "required"),
    }


def test_path_item_parameters_and_component_parameters_count() -> None:
    shared = {"parameters": [{"$ref": "#/components/parameters/userId"}]}
    old = doc({"/users/{userId}": {**shared, "get": op("getUser")}})
    old["components"]["parameters"] = {"userId": parameter("userId", True, "path")}
    new = copy.deepcopy(old)
    new["components"]["parameters"]["userId"]["schema"] = {"type": "integer"}
    assert changes(old, new) == {
        ("type changed", True, "`getUser` path parameter `userId`", "`string` -> `integer`"),
    }


def test_request_body_added_removed_and_required() -> None:
    old = doc({"/a": {"post": op("a")}, "/b": {"post": op("b", requestBody=json_body(ref("B")))}})
    old["paths"]["/c"] = {"post": op("c", requestBody=json_body(ref("B"), required=False))}
    new = doc({"/a": {"post": op("a", requestBody=json_body(ref("B")))}, "/b": {"post": op("b")}})
    new["paths"]["/c"] = {"post": op("c", requestBody=json_body(ref("B"), required=True))}
    assert changes(old, new) == {
        ("request body added", True, "`a` request body", "required"),
        ("request body removed", True, "`b` request body", ""),
        ("request body now required", True, "`c` request body", ""),
    }


def test_response_statuses_and_response_types() -> None:
    old = doc({"/u": {"get": op("getU", responses={"200": {"description": "ok", "content": _json(ref("User"))}})}})
    new = doc(
        {
            "/u": {
                "get": op(
                    "getU",
                    responses={
                        "200": {"description": "ok", "content": _json({"type": "array", "items": ref("User")})},
                        "429": {"description": "slow down"},
                    },
                )
            }
        }
    )
    assert changes(old, new) == {
        ("type changed", True, "`getU` response 200", "`User` -> `list[User]`"),
        ("response added", False, "`getU` response 429", "no body"),
    }
    no_content = doc({"/u": {"get": op("getU", responses={"204": {"description": "done"}})}})
    assert changes(new, no_content) == {
        ("response removed", True, "`getU` response 200", ""),
        ("response removed", False, "`getU` response 429", ""),
        ("response added", False, "`getU` response 204", "no body"),
    }


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def user_schemas(**fields: Any) -> dict[str, Any]:
    required = fields.pop("required", [])
    return {"User": {"type": "object", "properties": fields, **({"required": required} if required else {})}}


def test_fields_added_and_removed_in_models_and_nested_objects() -> None:
    profile = {"type": "object", "properties": {"login": {"type": "string"}, "nickName": {"type": "string"}}}
    old = doc(schemas=user_schemas(id={"type": "string"}, profile=profile, legacy={"type": "boolean"}))
    new_profile = {"type": "object", "properties": {"login": {"type": "string"}, "displayName": {"type": "string"}}}
    new = doc(schemas=user_schemas(id={"type": "string"}, profile=new_profile, realmId={"type": "string"}))
    assert changes(old, new) == {
        ("field removed", True, "`User.legacy`", ""),
        ("field removed", True, "`User.profile.nickName`", ""),
        ("field added", False, "`User.profile.displayName`", "optional"),
        ("field added", False, "`User.realmId`", "optional"),
    }


def test_a_field_less_model_that_gains_fields_is_still_the_same_class() -> None:
    old = doc(schemas={"Settings": {"type": "object"}, "Free": {}})
    new = doc(schemas={"Settings": {"properties": {"url": {"type": "string"}}}, "Free": {"type": "string"}})
    assert changes(old, new) == {
        ("field added", False, "`Settings.url`", "optional"),
        ("type changed", True, "`Free`", "`any` -> `string`"),
    }


def test_a_field_made_required_breaks_request_models_only() -> None:
    paths = {"/users": {"post": op("createUser", requestBody=json_body(ref("User")))}}
    reader = {"/sessions/me": {"get": op("getSession", responses={"200": {"description": "ok", "content": {}}})}}
    old_schemas = {**user_schemas(login={"type": "string"}), "Session": {"properties": {"id": {"type": "string"}}}}
    new_schemas = copy.deepcopy(old_schemas)
    new_schemas["User"]["required"] = ["login"]
    new_schemas["Session"]["required"] = ["id"]
    assert changes(doc({**paths, **reader}, old_schemas), doc({**paths, **reader}, new_schemas)) == {
        ("field now required", True, "`User.login`", ""),
        ("field now required", False, "`Session.id`", ""),
    }


def test_a_request_model_reaches_its_fields_items_and_subclasses() -> None:
    schemas = {
        "Policy": {"properties": {"rules": {"type": "array", "items": ref("Rule")}}},
        "Rule": {"properties": {"name": {"type": "string"}}},
        "PasswordRule": {"x-okta-parent": "#/components/schemas/Rule", "properties": {"name": {"type": "string"}}},
    }
    schemas["Rule"]["x-openapi-v3-discriminator"] = {"propertyName": "t", "mapping": {"P": ref("PasswordRule")["$ref"]}}
    new = copy.deepcopy(schemas)
    new["PasswordRule"]["required"] = ["name"]
    paths = {"/policies": {"post": op("createPolicy", "Policy", requestBody=json_body(ref("Policy")))}}
    assert changes(doc(paths, schemas), doc(paths, new)) == {("field now required", True, "`PasswordRule.name`", "")}


def test_models_added_and_removed() -> None:
    old = doc(schemas={"Brand": {"type": "object", "properties": {}}, "Theme": {"type": "string", "enum": ["A"]}})
    new = doc(
        schemas={"Theme": {"type": "string", "enum": ["A"]}, "Domain": {"properties": {"id": {"type": "string"}}}}
    )
    assert changes(old, new) == {
        ("model removed", True, "`Brand`", ""),
        ("model added", False, "`Domain`", "object"),
    }


def test_enum_values_added_and_removed_in_models_fields_and_parameters() -> None:
    old = doc(
        {"/users": {"get": op("listUsers", parameters=[parameter("status", type="string", enum=["ACTIVE"])])}},
        {
            "UserStatus": {"type": "string", "enum": ["ACTIVE", "STAGED"]},
            "Factor": {"properties": {"kinds": {"type": "array", "items": {"type": "string", "enum": ["sms"]}}}},
        },
    )
    new = doc(
        {"/users": {"get": op("listUsers", parameters=[parameter("status", type="string", enum=["ACTIVE", "NEW"])])}},
        {
            "UserStatus": {"type": "string", "enum": ["ACTIVE", "SUSPENDED"]},
            "Factor": {
                "properties": {"kinds": {"type": "array", "items": {"type": "string", "enum": ["sms", "push"]}}}
            },
        },
    )
    assert changes(old, new) == {
        ("enum value removed", True, "`UserStatus`", "`STAGED`"),
        ("enum value added", False, "`UserStatus`", "`SUSPENDED`"),
        ("enum value added", False, "`Factor.kinds`", "`push`"),
        ("enum value added", False, "`listUsers` query parameter `status`", "`NEW`"),
    }


def test_type_changes_narrowed_and_widened() -> None:
    fields = {
        "count": {"type": "integer", "format": "int32"},
        "ratio": {"type": "integer"},
        "created": {"type": "string", "format": "date-time"},
        "kind": {"type": "string"},
        "email": {"type": "string", "format": "email"},
        "groups": {"type": "array", "items": {"type": "string"}},
    }
    new_fields = {
        "count": {"type": "integer", "format": "int64"},
        "ratio": {"type": "number"},
        "created": {"type": "string"},
        "kind": {"type": "string", "enum": ["A", "B"]},
        "email": {"type": "string"},
        "groups": {"type": "array", "items": ref("Group")},
    }
    assert changes(doc(schemas=user_schemas(**fields)), doc(schemas=user_schemas(**new_fields))) == {
        ("type changed", False, "`User.count`", "`integer(int32)` -> `integer(int64)` (widened)"),
        ("type changed", False, "`User.ratio`", "`integer` -> `number` (widened)"),
        ("type changed", True, "`User.created`", "`string(date-time)` -> `string`"),
        ("type changed", True, "`User.kind`", "`string` -> `string enum` (narrowed)"),
        ("type changed", False, "`User.email`", "`string(email)` -> `string` (widened)"),
        ("type changed", True, "`User.groups`", "`list[string]` -> `list[Group]`"),
    }


@pytest.mark.parametrize(
    ("old", "new", "wider"),
    [
        ("integer(int32)", "integer(int64)", True),
        ("integer(int64)", "integer(int32)", False),
        ("number(float)", "number(double)", True),
        ("integer", "number", True),
        ("number", "integer", False),
        ("string(uri)", "string", True),
        ("string(date)", "string", False),
        ("string", "string(date-time)", False),
        ("string", "integer", False),
        ("User", "any", False),
        ("list[string]", "list[string]", False),
    ],
)
def test_widens(old: str, new: str, wider: bool) -> None:
    assert widens(old, new) is wider


def test_report_lists_breaking_changes_first_and_is_deterministic() -> None:
    old = doc(
        {"/b": {"get": op("b")}, "/a": {"get": op("a")}},
        {"S": {"type": "string", "enum": ["X"]}},
        version="2.15.0",
    )
    new = doc({"/c": {"get": op("c")}}, {"S": {"type": "string", "enum": ["X", "Y"]}}, version="2.16.0")
    reordered = copy.deepcopy(old)
    reordered["paths"] = dict(reversed(list(old["paths"].items())))
    report = render_markdown(diff_documents(old, new))
    assert report == render_markdown(diff_documents(reordered, new))
    assert report == (
        "# Okta Management API 2.15.0 -> 2.16.0: changes to the client\n"
        "\n"
        "2 breaking change(s), 2 other change(s).\n"
        "\n"
        "## Breaking changes\n"
        "\n"
        "### Operation removed (2)\n"
        "\n"
        "- `a`: GET /a\n"
        "- `b`: GET /b\n"
        "\n"
        "## Other changes\n"
        "\n"
        "### Operation added (1)\n"
        "\n"
        "- `c`: GET /c\n"
        "\n"
        "### Enum value added (1)\n"
        "\n"
        "- `S`: `Y`\n"
    )


def test_no_changes_says_none() -> None:
    same = doc({"/a": {"get": op("a")}})
    diff = diff_documents(same, copy.deepcopy(same))
    assert diff.changes == []
    assert "## Breaking changes\n\nNone.\n\n## Other changes\n\nNone.\n" in render_markdown(diff)


def test_change_sort_key_puts_breaking_first() -> None:
    added = Change("operation added", False, "`a`")
    removed = Change("field removed", True, "`Z.z`")
    assert sorted([added, removed], key=Change.sort_key) == [removed, added]


def test_the_pinned_spec_against_itself_has_no_changes(normalized: dict[str, Any]) -> None:
    assert diff_documents(normalized, copy.deepcopy(normalized)).changes == []


def test_the_2_16_0_spec_against_a_realistic_edit(
    legacy_upstream: dict[str, Any], legacy_normalized: dict[str, Any]
) -> None:
    """2.16.0 with suspendUser removed, a UserStatus value added and TrustedOrigin.origin made required."""
    edited = copy.deepcopy(legacy_upstream)
    suspend = edited["paths"]["/api/v1/users/{userId}/lifecycle/suspend"]
    assert suspend.pop("post")["operationId"] == "suspendUser"
    if not any(key in suspend for key in ("get", "put", "delete", "patch")):
        del edited["paths"]["/api/v1/users/{userId}/lifecycle/suspend"]
    edited["components"]["schemas"]["UserStatus"]["enum"].append("PENDING_USER_ACTION")
    edited["components"]["schemas"]["TrustedOrigin"]["required"] = ["origin"]
    new = normalize(edited, fragment_paths(ROOT / "spec"), load_entry_points=False)

    diff = diff_documents(legacy_normalized, new)
    assert [(c.kind, c.breaking, c.subject, c.detail) for c in diff.changes] == [
        ("operation removed", True, "`suspendUser`", "POST /api/v1/users/{userId}/lifecycle/suspend"),
        ("field now required", True, "`TrustedOrigin.origin`", ""),
        ("enum value added", False, "`UserStatus`", "`PENDING_USER_ACTION`"),
    ]
    report = render_markdown(diff)
    assert report.index("`suspendUser`") < report.index("## Other changes") < report.index("PENDING_USER_ACTION")
    assert report.startswith("# Okta Management API 2.16.0 -> 2.16.0")


def test_a_model_that_stops_subclassing_its_parent_loses_polymorphism() -> None:
    parent = {"type": "object", "properties": {"id": {"type": "string"}}}
    child_old = {"allOf": [ref("Application"), {"type": "object", "properties": {"x": {"type": "string"}}}]}
    child_new = {"type": "object", "properties": {"id": {"type": "string"}, "x": {"type": "string"}}}
    old = doc(schemas={"Application": parent, "SamlApplication": child_old})
    new = doc(schemas={"Application": parent, "SamlApplication": child_new})
    lost = ("polymorphism lost", True, "`SamlApplication`", "no longer a subclass of `Application`")
    assert lost in changes(old, new)
    assert ("polymorphism gained", False, "`SamlApplication`", "now a subclass of `Application`") in changes(new, old)


def test_x_okta_parent_and_allof_are_the_same_subclassing() -> None:
    parent = {"type": "object", "properties": {"id": {"type": "string"}}}
    old = doc(schemas={"A": parent, "B": {"type": "object", "x-okta-parent": "#/components/schemas/A"}})
    new = doc(schemas={"A": parent, "B": {"allOf": [ref("A"), {"type": "object"}]}})
    assert not [c for c in diff_documents(old, new).changes if c.kind.startswith("polymorphism")]


@pytest.mark.parametrize("key", ["discriminator", "x-openapi-v3-discriminator"])
def test_a_discriminator_value_that_no_longer_picks_its_class_is_breaking(key: str) -> None:
    def app(mapping: dict[str, str]) -> dict[str, Any]:
        mapped = {value: f"#/components/schemas/{name}" for value, name in mapping.items()}
        return {
            "type": "object",
            "properties": {"signOnMode": {"type": "string"}},
            key: {"propertyName": "signOnMode", "mapping": mapped},
        }

    sub = {"allOf": [ref("Application")]}
    old = doc(schemas={"Application": app({"SAML_2_0": "Saml", "BOOKMARK": "Bookmark"}), "Saml": sub, "Bookmark": sub})
    new = doc(schemas={"Application": app({"BOOKMARK": "Bookmark", "WS_FED": "Saml"}), "Saml": sub, "Bookmark": sub})
    found = changes(old, new)
    assert (
        "polymorphism lost",
        True,
        "`Application` discriminator value `SAML_2_0`",
        "no longer parses as `Saml`",
    ) in found
    assert ("polymorphism gained", False, "`Application` discriminator value `WS_FED`", "parses as `Saml`") in found
    assert not any(change[2].endswith("`BOOKMARK`") for change in found)
    report = render_markdown(diff_documents(old, new))
    assert (
        report.index("### Polymorphism lost")
        < report.index("## Other changes")
        < report.index("### Polymorphism gained")
    )


def test_dropping_standard_discriminators_is_reported_as_lost_polymorphism() -> None:
    """The 2022 OAS 3 case: a spec whose `discriminator` a generator ignores must not look unchanged."""
    mapped = {"propertyName": "t", "mapping": {"a": "#/components/schemas/A"}}
    base = {"type": "object", "properties": {"t": {"type": "string"}}}
    old = doc(schemas={"Base": {**base, "discriminator": mapped}, "A": {"allOf": [ref("Base")]}})
    new = doc(schemas={"Base": base, "A": {"allOf": [ref("Base")]}})
    assert ("polymorphism lost", True, "`Base` discriminator value `a`", "no longer parses as `A`") in changes(old, new)
