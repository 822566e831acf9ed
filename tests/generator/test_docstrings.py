"""The docstring sections computed in Python, and the parameter facts client_view records for them."""

from __future__ import annotations

import copy
from typing import Any

from okta_codegen.client_view import client_view, drop_optional_defaults, parameter_docs
from okta_codegen.docstrings import WIDTH, Argument, args_section, argument_entry, raises_section


def test_an_entry_carries_the_description_and_oktas_default() -> None:
    entry = argument_entry(Argument("limit", "int | Unset", "Specifies the number of results returned.", 200))
    assert entry == "limit (int | Unset): Specifies the number of results returned. Okta's default: 200."


def test_an_entry_without_description_or_default_is_just_its_head() -> None:
    assert argument_entry(Argument("after", "str | Unset")) == "after (str | Unset):"
    assert (
        argument_entry(Argument("sort_order", "str | Unset", "", "asc"))
        == "sort_order (str | Unset): Okta's default: 'asc'."
    )


def test_long_descriptions_wrap_with_a_hanging_indent_and_keep_words_whole() -> None:
    text = "Searches for users with a supported filtering expression\n\nfor most properties. " * 6
    lines = argument_entry(Argument("search", "str | Unset", text, None)).splitlines()
    assert len(lines) > 2 and all(len(line) <= WIDTH for line in lines)
    assert all(line.startswith("    ") and not line.startswith("     ") for line in lines[1:])
    assert " ".join(line.strip() for line in lines) == f"search (str | Unset): {' '.join(text.split())}"


def test_args_section_is_one_entry_per_argument_in_order() -> None:
    section = args_section([Argument("user_id", "str", "ID of the user"), Argument("q", "str | Unset", "Finds")])
    assert section == "user_id (str): ID of the user\nq (str | Unset): Finds"


def test_raises_names_what_okta_client_raises_not_the_stock_text() -> None:
    section = raises_section(checks_arguments=False, has_content_type=False)
    heads = [line.split(":")[0] for line in section.splitlines() if not line.startswith(" ")]
    assert heads == [
        "okta_client.OktaApiError",
        "okta_client.OktaTransportError",
        "errors.UnexpectedStatus",
        "httpx.TimeoutException",
    ]
    assert "NotFoundError (404)" in " ".join(section.split()) and "RateLimitError (429" in section
    assert "OktaTimeoutError" in section and "plain generated Client only" in " ".join(section.split())
    assert all(len(line) <= WIDTH for line in section.splitlines())


def test_raises_adds_invalid_argument_and_value_error_only_where_they_can_happen() -> None:
    section = raises_section(checks_arguments=True, has_content_type=True)
    assert "errors.InvalidArgument:" in section and "ValueError: content_type" in section
    assert "InvalidArgument" not in raises_section(checks_arguments=False, has_content_type=False)


def _document() -> dict[str, Any]:
    ok = {"responses": {"200": {"description": "ok"}}}
    return {
        "openapi": "3.0.3",
        "paths": {
            "/users/{userId}": {
                "parameters": [{"name": "userId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getUser",
                    "parameters": [
                        {"$ref": "#/components/parameters/limit"},
                        {"name": "q", "in": "query", "description": "Finds a user", "schema": {"type": "string"}},
                        {"name": "mode", "in": "query", "required": True, "schema": {"type": "string", "default": "a"}},
                        {"name": "X-Trace", "in": "header", "schema": {"type": "string", "default": "on"}},
                        {"name": "sort", "in": "query", "schema": {"$ref": "#/components/schemas/Sort"}},
                    ],
                    **ok,
                },
            },
            "/groups": {
                "get": {"operationId": "listGroups", "parameters": [{"$ref": "#/components/parameters/limit"}], **ok}
            },
        },
        "components": {
            "parameters": {
                "limit": {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "default": 20, "description": "Page size"},
                }
            },
            "schemas": {"Sort": {"type": "string", "enum": ["asc", "desc"], "default": "asc"}},
        },
    }


def test_optional_query_and_header_parameters_lose_their_default_required_ones_keep_it() -> None:
    document = _document()
    drop_optional_defaults(document)
    get = document["paths"]["/users/{userId}"]["get"]["parameters"]
    assert document["components"]["parameters"]["limit"]["schema"] == {"type": "integer", "description": "Page size"}
    assert get[1]["schema"] == {"type": "string"}
    assert get[2]["schema"]["default"] == "a"  # required: the caller always sends it
    assert "default" not in get[3]["schema"]
    # A referenced schema is shared with models: wrapped, not changed.
    assert get[4]["schema"] == {"allOf": [{"$ref": "#/components/schemas/Sort"}]}
    assert document["components"]["schemas"]["Sort"]["default"] == "asc"


def test_every_operation_keeps_the_description_and_default_of_a_shared_parameter() -> None:
    view = client_view(_document(), "doc.yaml")
    for operation_id in ("getUser", "listGroups"):
        assert view.operations[operation_id]["parameters"]["query:limit"] == {"description": "Page size", "default": 20}
    docs = view.operations["getUser"]["parameters"]
    assert docs["query:q"] == {"description": "Finds a user", "default": None}
    assert docs["query:sort"]["default"] == "asc"
    assert docs["header:X-Trace"]["default"] == "on"


def test_parameter_docs_prefer_the_parameters_own_description() -> None:
    document: dict[str, Any] = {}
    parameters = [
        {"name": "a", "in": "query", "description": "own", "schema": {"type": "string", "description": "schema's"}}
    ]
    assert parameter_docs(copy.deepcopy(parameters), document)["query:a"]["description"] == "own"
    del parameters[0]["description"]
    assert parameter_docs(parameters, document)["query:a"]["description"] == "schema's"


def test_markdown_quote_markers_are_dropped_inside_an_entry() -> None:
    text = "Searches for users.\n\n> **Note:** Using a long query\n> can fail."
    entry = argument_entry(Argument("search", "str | Unset", text))
    assert entry == "search (str | Unset): Searches for users. **Note:** Using a long query can fail."


def test_a_default_cannot_end_the_docstring_or_start_an_escape() -> None:
    entry = argument_entry(Argument("x", "str | Unset", "", 'a"""b\\n'))
    assert '"""' not in entry.replace('\\"""', "") and "\\\\n" in entry


def test_site_relative_links_point_at_oktas_documentation() -> None:
    entry = argument_entry(Argument("expand", "str | Unset", "See [User](/openapi/x) and [y](https://e.com/z)."))
    assert "[User](https://developer.okta.com/docs/api/openapi/x)" in entry and "[y](https://e.com/z)" in entry


def test_spec_prose_links_are_absolute_or_plain_text_and_never_split() -> None:
    from okta_codegen.docstrings import spec_text, wrapped

    text = (
        "See [groups](/openapi/okta-management/management/group), [a group](openapi/x), [up](../Template),"
        " [web](https://okta.com/a) and [here](#here)."
    )
    # `here` anchors into the Okta page the text came from: no page of ours has it.
    assert spec_text(text) == (
        "See [groups](https://developer.okta.com/docs/api/openapi/okta-management/management/group), a group, up,"
        " [web](https://okta.com/a) and here."
    )
    url = "https://developer.okta.com/docs/api/openapi/okta-management/management/tags/application/create-application"
    assert url in wrapped(f"Read {url} first.", 40).splitlines()
