"""What endpoint_module.py.jinja writes for one operation, decided here: the template only prints an EndpointView.

Return type, response parsing, body type and encoding, `content_type` choice, Accept header, imports and the
docstring of each function are computed from openapi-python-client's Endpoint and our operation facts
(client_view.py). Property kinds are asked of property_code.py, the one module that knows them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jinja2.filters import do_indent
from openapi_python_client.strings import in_double_quote_literal, safe_for_docstring

from . import property_code as pc
from .docstrings import spec_text, wrapped

Endpoint = Any
"""openapi-python-client's Endpoint (its attributes are read as the templates read them)."""

TEXT_SOURCES = {"str": "response.text", "bytes": "response.content"}
"""Responses openapi-python-client reads as text or bytes (by media type, see opc.CONFIG), by their return type."""


@dataclass(frozen=True)
class ResponseBranch:
    """One `if` of `_parse_response`: the status test and what the function returns then."""

    condition: str
    value: str


@dataclass(frozen=True)
class BodyCode:
    """How `_get_kwargs` sends the request body."""

    kwarg: str
    """httpx's argument: json, data, files or content."""
    value: str
    required: bool
    content_type: str | None
    """The fixed Content-Type header (escaped for a double-quoted literal); None when chosen or set by httpx."""


@dataclass(frozen=True)
class EndpointView:
    """Everything endpoint_module.py.jinja prints for one operation."""

    operation_arguments: list[str]
    """The `name=value` arguments of the module's `Operation` (types.py): what the runtime and hooks know of it."""
    return_type: str
    """The annotation of what `sync` returns (and `Response[...]` of `sync_detailed`), `| None` included."""
    raising_return_type: str | None
    """What `sync` returns through a `RaisingClient` (no error status reaches the parser): the 2xx responses'
    types and None; None when that is `return_type` itself, so `sync` and `asyncio` need no overloads."""
    raising_signature: str
    """`signature` with `client: RaisingClient`, for the first overload."""
    status_only: bool
    """No documented response has content: `_parse_response` only checks the status, and `parsed` is None."""
    imports: list[str]
    """openapi-python-client's relative imports the module needs at import time, sorted."""
    runtime_model_imports: list[str]
    """Model imports needed when the functions are defined: enums that are a parameter's default."""
    type_checking_imports: list[str]
    """Model imports only annotations use: under TYPE_CHECKING, so importing an operation loads no model."""
    parse_imports: list[str]
    """The models `_parse_response` imports when it runs."""
    uses_literal: bool
    signature: str
    """The parameters of the public functions, one `name: type,` line each."""
    kwargs_signature: str
    """The parameters of `_get_kwargs` (no client)."""
    call_args: str
    """`name=name, ` for each parameter of the public functions."""
    kwargs_call_args: str
    body: BodyCode | None
    content_type_choice: bool
    """The body can be sent as several media types: a `content_type` argument picks one."""
    accept: str | None
    """The Accept header to send (escaped): the success response's media type when it is not JSON."""
    declares_headers: bool
    """`_get_kwargs` must create `headers` itself (openapi-python-client's header code did not)."""
    sends_headers: bool
    declares_params: bool
    """`_get_kwargs` must create `params` for the fixed query (there are no query parameters)."""
    sends_params: bool
    branches: list[ResponseBranch]
    """Status-specific returns of `_parse_response`, before the catch-all for any 2xx."""
    success_value: str
    """What `_parse_response` returns for any other 2xx: the documented success, parsed."""
    deprecation: str | None
    """The deprecation warning's message (escaped for a double-quoted literal); None when not deprecated."""
    detailed_docstring: str
    docstring: str


def endpoint_view(endpoint: Endpoint, op: dict[str, Any], sections: dict[str, str]) -> EndpointView:
    """The view of `endpoint`, given its operation facts and its docstring's Args and Raises sections."""
    body = endpoint.bodies[0] if endpoint.bodies else None
    content_types = body_content_types(endpoint)
    ret = return_type(endpoint)
    runtime, type_checking = model_imports(endpoint)
    accept = accept_header(endpoint)
    has_headers = bool(endpoint.header_parameters) or body is not None
    return EndpointView(
        operation_arguments=operation_arguments(op),
        return_type=ret,
        raising_return_type=raising if (raising := success_return_type(endpoint)) != ret else None,
        raising_signature=signature(endpoint, content_types, with_client=True, client_type="RaisingClient"),
        status_only=ret == "None",
        imports=[
            relative
            for relative in _sorted(endpoint.relative_imports)
            if not any(part in relative for part in ("import UNSET", "import cast", "...models."))
        ],
        runtime_model_imports=runtime,
        type_checking_imports=type_checking,
        parse_imports=[f"from ...models.{module} import {name}" for module, name in parsed_classes(endpoint)],
        uses_literal=bool(content_types),
        signature=signature(endpoint, content_types, with_client=True),
        kwargs_signature=signature(endpoint, content_types, with_client=False),
        call_args=call_args(endpoint, bool(content_types), with_client=True),
        kwargs_call_args=call_args(endpoint, bool(content_types), with_client=False),
        body=body_code(body, bool(content_types)) if body is not None else None,
        content_type_choice=bool(content_types),
        accept=accept,
        declares_headers=accept is not None and not has_headers,
        sends_headers=has_headers or accept is not None,
        declares_params=bool(op.get("fixed_query")) and not endpoint.query_parameters,
        sends_params=bool(endpoint.query_parameters) or bool(op.get("fixed_query")),
        branches=response_branches(endpoint),
        success_value=success_value(endpoint),
        deprecation=(
            f"{op['operation_id']} ({op['method']} {in_double_quote_literal(op['path'])}) is deprecated by Okta"
            if op.get("deprecated")
            else None
        ),
        # Returns: says what the annotation says (openapi-python-client's response_type() sorts and drops None).
        detailed_docstring=docstring(endpoint, sections, ret, detailed=True),
        docstring=docstring(endpoint, sections, ret, detailed=False),
    )


def _strings(values: Any) -> str:
    """A tuple expression of string literals."""
    return "(" + "".join(f'"{in_double_quote_literal(v)}",' for v in values) + ")"


def operation_arguments(op: dict[str, Any]) -> list[str]:
    """The arguments of `Operation(...)`: identity and auth always, the other facts when the spec has them."""
    arguments = [
        f'operation_id="{op["operation_id"]}"',
        f'method="{op["method"]}"',
        f'path="{in_double_quote_literal(op["path"])}"',
        f'tag="{op["tag"]}"',
        f"scopes={_strings(op['scopes'])}",
        f"auth={_strings(op['auth'])}",
    ]
    if op.get("content_types"):
        arguments.append(f"content_types={_strings(op['content_types'])}")
    if op.get("lifecycle"):
        arguments.append(f'lifecycle="{in_double_quote_literal(op["lifecycle"])}"')
    if op.get("deprecated"):
        arguments.append("deprecated=True")
    if op.get("iam_permissions"):
        arguments.append(f"iam_permissions={_strings(op['iam_permissions'])}")
    if op.get("admin_roles"):
        arguments.append(f"admin_roles={_strings(op['admin_roles'])}")
    if op.get("extensions"):
        entries = ", ".join(
            f'"{in_double_quote_literal(key)}": "{in_double_quote_literal(value)}"'
            for key, value in op["extensions"].items()
        )
        arguments.append(f"extensions={{ {entries} }}")
    return arguments


def _raw(text: Any) -> str:
    """The spec's text of an UntrustedString: only compared or escaped, never written into code as is."""
    return str(text.get_untrusted_value()) if hasattr(text, "get_untrusted_value") else str(text)


def _sorted(strings: Any) -> list[str]:
    """Sorted as Jinja's `sort` filter sorts strings: ignoring case, stable."""
    return sorted(strings, key=str.lower)


def body_content_types(endpoint: Endpoint) -> list[str]:
    """The media types one body can be sent as (certificate encodings), when the function takes `content_type`."""
    bodies = list(endpoint.bodies)
    if len(bodies) < 2 or len({b.body_type for b in bodies}) != 1 or len({type(b.prop) for b in bodies}) != 1:
        return []
    return list(dict.fromkeys(_raw(b.content_type) for b in bodies))


def is_empty(response: Any) -> bool:
    """A documented response without content (a 204, or a 200 that documents no body): it parses to None.

    openapi-python-client reads one as untyped JSON (an AnyProperty): that would type the whole
    result `Any`. A body Okta sends anyway stays readable as `Response.content` of `sync_detailed`.
    """
    return pc.is_none(response.prop) or response.source["return_type"] == "None"


def response_type(response: Any) -> str:
    """The type one documented response parses to."""
    if is_empty(response):
        return "None"
    if response.source["return_type"] in TEXT_SOURCES:
        return str(response.source["return_type"])
    return pc.type_of(response.prop)


def return_type(endpoint: Endpoint) -> str:
    """The responses' types in the spec's order, each once, then None (no content, or an undocumented status)."""
    types = [t for t in dict.fromkeys(response_type(r) for r in endpoint.responses.patterns) if t != "None"]
    return " | ".join([*types, "None"])


def success_return_type(endpoint: Endpoint) -> str:
    """`return_type` of the 2xx responses alone: all a client that raises for every other status gets back."""
    successes = [
        r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] <= r.status_code.range[1] < 300
    ]
    types = [t for t in dict.fromkeys(response_type(r) for r in successes) if t != "None"]
    return " | ".join([*types, "None"])


def parse_expression(response: Any) -> str:
    """What `_parse_response` returns for one documented response (with content)."""
    prop = response.prop
    source = response.source["return_type"]
    if is_empty(response):
        return "None"
    if source in TEXT_SOURCES:
        return TEXT_SOURCES[source]
    if pc.is_model(prop):
        return f"_convert.parse_body(client, {prop.class_info.name}, response.json())"
    if pc.is_list_of_models(prop):
        return f"_convert.parse_response_list(client, {prop.inner_property.class_info.name}, response.json())"
    models = [ref.name for ref in pc.union_model_classes(prop)]
    if models:
        return f"_convert.parse_union(({', '.join(models)},), response.json())"
    return "response.json()"


def success_response(endpoint: Endpoint) -> Any:
    """The first 2xx response with content: what any 2xx answer is read as (None when there is none)."""
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if low >= 200 and high < 300 and not is_empty(response):
            return response
    return None


def success_value(endpoint: Endpoint) -> str:
    success = success_response(endpoint)
    if success is None:
        return "None"
    return _checked(parse_expression(success))


def _checked(expression: str) -> str:
    return f"_convert.checked(client, {expression}) if response.content else None"


def response_branches(endpoint: Endpoint) -> list[ResponseBranch]:
    """The `if`s of `_parse_response`: every non-2xx response, and 2xx ones parsed unlike the success."""
    success = success_response(endpoint)
    branches = []
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        is_success = low >= 200 and high < 300
        differs = (
            success is not None and parse_expression(response) != parse_expression(success) and not is_empty(response)
        )
        if is_success and not differs:
            continue
        condition = f"response.status_code == {low}" if low == high else f"{low} <= response.status_code <= {high}"
        value = "None" if is_empty(response) else _checked(parse_expression(response))
        branches.append(ResponseBranch(condition, value))
    return branches


def parsed_classes(endpoint: Endpoint) -> list[tuple[str, str]]:
    """(module, class) of each model `_parse_response` builds, sorted, each once."""
    found: set[tuple[str, str]] = set()
    for response in endpoint.responses.patterns:
        prop = response.prop
        as_json = response.source["return_type"] not in TEXT_SOURCES
        if pc.is_model(prop) and as_json:
            found.add((str(prop.class_info.module_name), str(prop.class_info.name)))
        if pc.is_list_of_models(prop):
            inner = prop.inner_property.class_info
            found.add((str(inner.module_name), str(inner.name)))
        if as_json:
            found.update((ref.module, ref.name) for ref in pc.union_model_classes(prop))
    return sorted(found)


def accept_header(endpoint: Endpoint) -> str | None:
    """The Accept header when none of the success response's media types is JSON (else Okta answers 406):
    that media type first, then JSON at a lower weight, so an error can still come as JSON.

    The parser reads JSON whenever the spec offers it, so then the JSON default Accept stays.
    """
    success = success_response(endpoint)
    media = [_raw(m) for m in success.data.content] if success is not None and success.data.content else []
    if not media or any(m == "application/json" or m.endswith("+json") for m in media):
        return None
    return f"{in_double_quote_literal(media[0])}, application/json;q=0.9"


def model_imports(endpoint: Endpoint) -> tuple[list[str], list[str]]:
    """The `...models.` imports needed at run time (a parameter's enum default), and those only annotations use."""
    parameters = [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]
    defaults = [f" import {p.class_info.name}" for p in parameters if pc.is_enum(p) and p.default is not None]
    runtime: list[str] = []
    type_checking: list[str] = []
    for relative in _sorted(endpoint.relative_imports):
        if "...models." in relative:
            (runtime if any(relative.endswith(suffix) for suffix in defaults) else type_checking).append(relative)
    return runtime, type_checking


def body_type(body: Any) -> str:
    """The annotation of the `body` argument."""
    if body.body_type == "content":
        return "bytes" if pc.is_file(body.prop) else "str"
    if body.body_type == "files":
        return str(body.prop.class_info.name)
    return pc.type_of(body.prop)


BODY_KWARGS = {"json": "json", "data": "data", "files": "files"}
"""httpx's argument for each of openapi-python-client's body types; any other is `content`."""


def body_code(body: Any, content_type_choice: bool) -> BodyCode:
    """How the body is encoded and which Content-Type it is sent with."""
    kind = body.body_type
    if kind == "json" and pc.is_model(body.prop):
        value = "body.to_dict(omit_read_only=True)"
    elif kind == "json" and pc.is_list(body.prop):
        value = "_convert.dump_model_list(body, True)"
    elif kind == "json":
        # A union of models (or of a model and plain JSON): each member dumps itself, so a plain Client sends it.
        value = "_convert.dump_value(body, True)"
    elif kind == "data":
        value = "body.to_dict(omit_read_only=True)"
    elif kind == "files":
        value = "_convert.dump_multipart(body)"
    elif pc.is_file(body.prop):
        value = "body"
    else:
        value = 'body.encode("ascii")'
    # httpx sets multipart's Content-Type itself, with the boundary.
    fixed = None if content_type_choice or kind == "files" else in_double_quote_literal(body.content_type)
    return BodyCode(BODY_KWARGS.get(kind, "content"), value, bool(body.prop.required), fixed)


def signature(
    endpoint: Endpoint,
    content_types: list[str],
    *,
    with_client: bool,
    client_type: str = "AuthenticatedClient | Client",
) -> str:
    """The parameter lines of a function: path parameters, then keyword-only ones; `client` typed `client_type`."""
    body = endpoint.bodies[0] if endpoint.bodies else None
    lines = [f"{p.python_name}: str" for p in endpoint.path_parameters]
    if with_client or len(endpoint.list_all_parameters()) > len(endpoint.path_parameters) or body is not None:
        lines.append("*")
    if with_client:
        lines.append(f"client: {client_type}")
    if body is not None:
        lines.append(f"body: {body_type(body)}" + ("" if body.prop.required else " | Unset = UNSET"))
    if content_types:
        choices = "".join(f'"{in_double_quote_literal(t)}", ' for t in content_types)
        lines.append(f'content_type: Literal[{choices}] = "{in_double_quote_literal(content_types[0])}"')
    lines += [p.to_string().as_unembedded_code() for p in _keyword_parameters(endpoint)]
    return "".join(f"    {line},\n" for line in lines)


def _keyword_parameters(endpoint: Endpoint) -> list[Any]:
    return [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]


def call_args(endpoint: Endpoint, content_type_choice: bool, *, with_client: bool) -> str:
    """`name=name, ` for each parameter, in the order of `signature`."""
    names = [str(p.python_name) for p in endpoint.path_parameters]
    names += ["client"] if with_client else []
    names += ["body"] if endpoint.bodies else []
    names += ["content_type"] if content_type_choice else []
    names += [str(p.python_name) for p in _keyword_parameters(endpoint)]
    return "".join(f"{name}={name}, " for name in names)


def _prose(text: Any) -> str:
    """Spec prose for a docstring, as the template filters `safe_for_docstring | wordwrap(100)` make it."""
    return wrapped(spec_text(safe_for_docstring(text)), 100)


def docstring(endpoint: Endpoint, sections: dict[str, str], returns: str, *, detailed: bool) -> str:
    """A function's docstring (with its quotes), from the summary, description, Args, Raises and `returns`.

    `detailed`: of a `*_detailed` function, which returns the `Response` of `returns`.
    """
    indent: Callable[[str], str] = lambda text: str(do_indent(text, 4))  # noqa: E731
    content = ""
    if endpoint.summary:
        content += _prose(endpoint.summary) + "\n\n"
    if endpoint.description:
        content += " " + _prose(endpoint.description) + "\n\n"
    if not endpoint.summary and not endpoint.description:
        content += "\n"
    if sections["args"]:
        content += f"Args:\n    {indent(sections['args'])}\n\n"
    returned = spec_text(safe_for_docstring(returns))
    returned = f"Response[{returned}]" if detailed else returned
    content += f"Raises:\n    {indent(sections['raises'])}\n\nReturns:\n    {returned}\n"
    return f'""" {content} """\n'
