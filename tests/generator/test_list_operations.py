"""Which operations are list operations, and the item type their `parse_page` declares."""

from __future__ import annotations

from typing import Any

from okta_codegen.list_operations import ListShape, list_shapes
from okta_codegen.names import NAMING
from openapi_python_client.parser import GeneratorData


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def answering(schema: dict[str, Any], media: str = "application/json", status: str = "200") -> dict[str, Any]:
    return {"responses": {status: {"description": "ok", "content": {media: {"schema": schema}}}}}


def shapes(**operations: dict[str, Any]) -> dict[str, ListShape]:
    """`list_shapes` of a document with one GET per keyword (its operationId) answering as given."""
    schemas = {
        "User": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Group": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Links": {"type": "object", "properties": {"next": {"type": "object"}}},
        "UserList": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": ref("User")}, "_links": ref("Links")},
        },
        "UserFields": {"type": "object", "properties": {"data": {"type": "array", "items": ref("User")}}},
    }
    paths = {f"/{name}": {"get": {"operationId": name, **answer}} for name, answer in operations.items()}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    data = GeneratorData.from_dict(document, config=NAMING)
    assert isinstance(data, GeneratorData), data
    return list_shapes(data)


def test_an_array_of_models_lists_those_models() -> None:
    found = shapes(listUsers=answering({"type": "array", "items": ref("User")}))
    assert found == {"list_users": ListShape("User", None, ())}  # User is imported for the return type already


def test_an_array_of_strings_or_of_a_union_lists_its_item_type() -> None:
    found = shapes(
        listNames=answering({"type": "array", "items": {"type": "string"}}),
        listMembers=answering({"type": "array", "items": {"oneOf": [ref("User"), ref("Group")]}}),
    )
    assert found["list_names"] == ListShape("str", None, ())
    assert found["list_members"].item_type == "User | Group"


def test_a_governance_list_lists_the_items_of_data_and_imports_their_model() -> None:
    found = shapes(listMine=answering(ref("UserList")))
    assert found == {"list_mine": ListShape("User", ("user_list", "UserList"), (("user", "User"),))}


def test_an_object_with_data_but_no_links_a_single_object_or_text_is_no_list() -> None:
    found = shapes(
        getFields=answering(ref("UserFields")),
        getUser=answering(ref("User")),
        getText=answering({"type": "array", "items": {"type": "string"}}, media="text/plain"),
        getNothing={"responses": {"204": {"description": "no content"}}},
    )
    assert found == {}


def test_the_first_documented_success_with_a_body_decides() -> None:
    answer = answering({"type": "array", "items": ref("User")}, status="201")
    answer["responses"]["204"] = {"description": "none"}
    assert shapes(createUsers=answer)["create_users"].item_type == "User"
