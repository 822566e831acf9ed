"""What endpoint_code.py decides for an operation's module: types, parsing, body, headers, imports, docstring."""

from __future__ import annotations

from typing import Any

from okta_codegen import endpoint_code as ec
from okta_codegen.endpoint_code import BodyCode, ResponseBranch

from .spec_objects import ERROR, REF, SCHEMAS, endpoint

SECTIONS = {"args": "", "raises": "errors.UnexpectedStatus: Undocumented status."}
FACTS = {"operation_id": "op", "method": "GET", "path": "/x", "tag": "T", "scopes": [], "auth": ["oauth2"]}
"""What client_view.py always knows of an operation."""


def json(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {"description": "d", "content": {media: {"schema": schema}}}


NO_CONTENT = {"description": "none"}
LIST_USERS = {"type": "array", "items": REF}
EITHER = {"oneOf": [REF, {"$ref": "#/components/schemas/Group"}]}


def responses(**by_status: dict[str, Any]) -> dict[str, Any]:
    return {"responses": {status.removeprefix("s"): response for status, response in by_status.items()}}


def view(operation: dict[str, Any], op: dict[str, Any] | None = None, method: str = "get") -> ec.EndpointView:
    return ec.endpoint_view(endpoint(SCHEMAS, operation, method), {**FACTS, **(op or {})}, SECTIONS)


def test_return_type_lists_each_response_type_once_in_order_and_none() -> None:
    # A response without content is None (openapi-python-client would read it as untyped JSON: `Any`).
    model_empty_error = responses(s200=json(REF), s204=NO_CONTENT, s404=json(ERROR), s400=json(ERROR))
    assert view(model_empty_error).return_type == "User | Error | None"
    assert view(responses(s204=NO_CONTENT, s404=json(ERROR))).return_type == "Error | None"
    only_empty = view(responses(s204=NO_CONTENT, s301=NO_CONTENT))
    assert (only_empty.return_type, only_empty.status_only) == ("None", True)
    assert not view(model_empty_error).status_only
    # None always: an empty body and an undocumented status (without raise_on_unexpected_status) parse to None.
    assert view(responses(s200=json(LIST_USERS), s400=json(ERROR))).return_type == "list[User] | Error | None"
    assert view(responses(s200=json({"type": "null"}))).return_type == "None"
    assert view({"responses": {}}).return_type == "None"


def test_response_parse_expressions_by_kind_and_media_type() -> None:
    def success(schema: dict[str, Any], media: str = "application/json") -> str:
        return view(responses(s200=json(schema, media))).success_value

    checked = "_convert.checked(client, {}) if response.content else None"
    assert success(REF) == checked.format("_convert.parse_body(client, User, response.json())")
    assert success(LIST_USERS) == checked.format("_convert.parse_response_list(client, User, response.json())")
    assert success(EITHER) == checked.format("_convert.parse_union((User, Group,), response.json())")
    assert success({"type": "integer"}) == checked.format("response.json()")
    assert success({"type": "string"}, "application/xml") == checked.format("response.text")
    assert success({"type": "string", "format": "binary"}, "application/x-pem-file") == checked.format(
        "response.content"
    )
    assert view(responses(s200=json({"type": "null"}))).success_value == "None"


def test_errors_and_differently_parsed_successes_get_their_own_branch() -> None:
    found = view(responses(s200=json(REF), s201=json(LIST_USERS), s202=json({"type": "null"}), s400=json(ERROR)))
    assert found.branches == [
        ResponseBranch(
            "response.status_code == 201",
            "_convert.checked(client, _convert.parse_response_list(client, User, response.json())) "
            "if response.content else None",
        ),
        ResponseBranch(
            "response.status_code == 400",
            "_convert.checked(client, _convert.parse_body(client, Error, response.json()))"
            " if response.content else None",
        ),
    ]
    assert view(responses(s200=json(REF), s4XX=json({"type": "null"}))).branches == [
        ResponseBranch("400 <= response.status_code <= 499", "None")
    ]


def test_parse_imports_are_the_models_parsed_sorted_once() -> None:
    found = view(responses(s200=json(EITHER), s201=json(LIST_USERS), s400=json(ERROR)))
    assert found.parse_imports == [
        "from ...models.error import Error",
        "from ...models.group import Group",
        "from ...models.user import User",
    ]


def test_accept_is_sent_only_for_a_success_offering_no_json() -> None:
    def accept(*media: str) -> str | None:
        content = {m: {"schema": {"type": "string"}} for m in media}
        return view(responses(s200={"description": "d", "content": content})).accept

    assert accept("application/xml") == "application/xml, application/json;q=0.9"  # errors still come as JSON
    assert accept("application/xml", "application/json") is None
    assert accept("application/scim+json") is None  # JSON too: parsed as JSON, the default Accept stays
    assert accept("application/json") is None
    assert view(responses(s204=NO_CONTENT)).accept is None


def test_accept_without_other_headers_declares_them() -> None:
    found = view(responses(s200=json({"type": "string"}, "application/xml")))
    assert (found.accept, found.declares_headers, found.sends_headers) == (
        "application/xml, application/json;q=0.9",
        True,
        True,
    )
    plain = view(responses(s200=json(REF)))
    assert (plain.declares_headers, plain.sends_headers) == (False, False)


def certificate_upload() -> dict[str, Any]:
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {
        "requestBody": {
            "required": True,
            "content": {"application/x-x509-ca-cert": binary, "application/pkix-cert": binary},
        },
        **responses(s204=NO_CONTENT),
    }


def test_a_body_with_several_media_types_takes_a_content_type_literal() -> None:
    found = view(certificate_upload(), method="post")
    assert found.content_type_choice and found.uses_literal
    assert (
        '    content_type: Literal["application/x-x509-ca-cert", "application/pkix-cert", ] = '
        '"application/x-x509-ca-cert",\n' in found.signature
    )
    assert "content_type=content_type, " in found.call_args
    assert found.body == BodyCode("content", "body", required=True, content_type=None)


def test_json_bodies_dump_by_kind_and_fix_their_content_type() -> None:
    def body(schema: dict[str, Any], required: bool = True) -> BodyCode | None:
        operation = {"requestBody": {"required": required, "content": {"application/json": {"schema": schema}}}}
        return view({**operation, **responses(s204=NO_CONTENT)}, method="post").body

    assert body(REF) == BodyCode("json", "body.to_dict(omit_read_only=True)", True, "application/json")
    assert body(LIST_USERS) == BodyCode("json", "_convert.dump_model_list(body, True)", True, "application/json")
    union = BodyCode("json", "_convert.dump_value(body, True)", False, "application/json")
    assert body(EITHER, required=False) == union


def test_signature_puts_the_body_after_the_client_and_marks_an_optional_one() -> None:
    operation = {"requestBody": {"content": {"application/json": {"schema": REF}}}, **responses(s204=NO_CONTENT)}
    found = ec.endpoint_view(
        endpoint(
            SCHEMAS,
            {**operation, "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]},
            "post",
            "/users/{id}",
        ),
        FACTS,
        SECTIONS,
    )
    assert found.signature == (
        "    id: str,\n    *,\n    client: AuthenticatedClient | Client,\n    body: User | Unset = UNSET,\n"
    )
    assert found.kwargs_signature == "    id: str,\n    *,\n    body: User | Unset = UNSET,\n"
    assert found.call_args == "id=id, client=client, body=body, "


def test_models_only_annotations_use_are_imported_under_type_checking() -> None:
    status = {"$ref": "#/components/schemas/Status"}
    parameters = [
        {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["A", "B"], "default": "A"}},
        {"name": "since", "in": "query", "schema": status},
    ]
    found = view({"parameters": parameters, **responses(s200=json(REF))})
    # An enum default is evaluated when the function is defined; the other models only annotate.
    assert found.runtime_model_imports == ["from ...models.op_status import OpStatus"]
    assert found.type_checking_imports == ["from ...models.status import Status", "from ...models.user import User"]
    assert not any("...models." in relative for relative in found.imports)


def test_fixed_query_and_deprecation() -> None:
    op = {"fixed_query": {"type": "x"}, "deprecated": True, "operation_id": "op", "method": "GET", "path": '/a"b'}
    found = view(responses(s204=NO_CONTENT), op)
    assert (found.declares_params, found.sends_params) == (True, True)
    assert found.deprecation == 'op (GET /a\\"b) is deprecated by Okta'
    assert view(responses(s204=NO_CONTENT)).deprecation is None


def test_docstring_returns_what_the_annotation_says() -> None:
    found = view(responses(s200=json(LIST_USERS), s400=json(ERROR)))
    assert found.return_type == "list[User] | Error | None"
    assert found.docstring.endswith('Returns:\n    list[User] | Error | None\n """\n')
    assert found.detailed_docstring.endswith('Returns:\n    Response[list[User] | Error | None]\n """\n')


def test_docstring_sections_in_order() -> None:
    operation = {"summary": "List users", "description": "All of them.", **responses(s200=json(REF))}
    found = ec.endpoint_view(
        endpoint(SCHEMAS, operation), FACTS, {"args": "a (str): A.\nb (int): B.", "raises": "E: e."}
    )
    assert found.docstring == (
        '""" List users\n\n All of them.\n\nArgs:\n    a (str): A.\n    b (int): B.\n\n'
        'Raises:\n    E: e.\n\nReturns:\n    User | None\n """\n'
    )


def test_operation_arguments_always_name_the_operation_and_add_only_the_facts_it_has() -> None:
    assert ec.operation_arguments(FACTS) == [
        'operation_id="op"',
        'method="GET"',
        'path="/x"',
        'tag="T"',
        "scopes=()",
        'auth=("oauth2",)',
    ]
    facts = {
        **FACTS,
        "path": '/a"b',
        "scopes": ["okta.users.read", "okta.users.manage"],
        "content_types": ["application/json"],
        "lifecycle": "EA",
        "deprecated": True,
        "iam_permissions": ["okta.users.read"],
        "admin_roles": ["SUPER_ADMIN"],
        "extensions": {"x-okta-a": "1", "x-okta-b": "2"},
    }
    assert ec.operation_arguments(facts)[2:] == [
        'path="/a\\"b"',
        'tag="T"',
        'scopes=("okta.users.read","okta.users.manage",)',
        'auth=("oauth2",)',
        'content_types=("application/json",)',
        'lifecycle="EA"',
        "deprecated=True",
        'iam_permissions=("okta.users.read",)',
        'admin_roles=("SUPER_ADMIN",)',
        'extensions={ "x-okta-a": "1", "x-okta-b": "2" }',
    ]


def test_a_raising_client_is_typed_the_2xx_bodies_alone_and_needs_no_overload_when_nothing_else_is() -> None:
    # A RaisingClient (OktaClient) raises for every status outside 2xx: no error or 3xx body reaches the parser.
    found = view(responses(s200=json(REF), s201=json(LIST_USERS), s302=json(ERROR), s4XX=json(ERROR)))
    assert (found.return_type, found.raising_return_type) == (
        "User | list[User] | Error | None",
        "User | list[User] | None",
    )
    assert "    client: RaisingClient,\n" in found.raising_signature
    assert found.raising_signature.replace("RaisingClient", "AuthenticatedClient | Client") == found.signature
    assert view(responses(s204=NO_CONTENT, s404=json(ERROR))).raising_return_type == "None"
    # Nothing to drop: one signature, no overloads.
    assert view(responses(s200=json(REF), s204=NO_CONTENT)).raising_return_type is None
    assert view(responses(s204=NO_CONTENT)).raising_return_type is None
