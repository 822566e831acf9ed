"""The migration table: old import path -> new one, matched by operationId or by method and path."""

from __future__ import annotations

from typing import Any

from okta_codegen.migration import Move, operation_moves, render_migration

from .test_api_diff import doc, op


def moves(old: dict[str, Any], new: dict[str, Any]) -> list[Move]:
    return operation_moves(old, new)


def test_an_operation_under_another_tag_is_listed_with_its_new_module() -> None:
    old = doc({"/api/v1/users": {"get": op("listUsers", "User")}})
    new = doc({"/api/v1/users": {"get": op("listUsers", "UserLifecycle")}})
    assert moves(old, new) == [
        Move("okta_api.api.user.list_users", "okta_api.api.user_lifecycle.list_users", "GET /api/v1/users")
    ]


def test_a_renamed_operation_is_found_at_its_path_even_when_parameters_were_renamed() -> None:
    old = doc({"/api/v1/users/{userId}": {"delete": op("deactivateOrDeleteUser")}})
    new = doc({"/api/v1/users/{id}": {"delete": op("deleteUser")}})
    assert moves(old, new) == [
        Move(
            "okta_api.api.user.deactivate_or_delete_user", "okta_api.api.user.delete_user", "DELETE /api/v1/users/{id}"
        )
    ]


def test_unchanged_operations_are_not_listed_and_vanished_ones_are_removed() -> None:
    old = doc({"/a": {"get": op("getA")}, "/b": {"get": op("getB")}, "/c": {"get": op("getC"), "post": op("postC")}})
    new = doc({"/a": {"get": op("getA")}, "/c": {"get": op("fetchC"), "put": op("putC")}})
    assert moves(old, new) == [
        Move("okta_api.api.user.get_b", None, "GET /b"),
        Move("okta_api.api.user.get_c", "okta_api.api.user.fetch_c", "GET /c"),
        Move("okta_api.api.user.post_c", None, "POST /c"),
    ]


def test_two_candidates_at_one_path_are_not_guessed_between() -> None:
    twins = doc({"/x/{a}": {"post": op("publishA")}, "/x/{b}": {"post": op("publishB")}})
    assert moves(doc({"/x/{id}": {"post": op("publishCert")}}), twins) == [
        Move("okta_api.api.user.publish_cert", None, "POST /x/{id}")
    ]


def test_the_table_names_both_versions_and_marks_removals() -> None:
    table = render_migration(
        [Move("okta_api.api.a.f", None, "GET /f"), Move("okta_api.api.a.g", "okta_api.api.b.g", "GET /g")], "1", "2"
    )
    assert table.splitlines() == [
        "| 1 | 2 | endpoint |",
        "| --- | --- | --- |",
        "| `okta_api.api.a.f` | removed | GET /f |",
        "| `okta_api.api.a.g` | `okta_api.api.b.g` | GET /g |",
    ]
