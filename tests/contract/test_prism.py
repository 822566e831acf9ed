"""Every generated function against Prism: the request is accepted, every documented status parses.

For each documented status the test asks Prism for it (`Prefer: code=...`, see `_prism.Exchange`). A success must parse
into the declared model (types checked strictly); an error body must parse into the model the spec
declares for that status. Prism answering another status means it rejected the request: the
failure shows the request, Prism's answer and its `sl-violations`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx
import pytest
from okta_api._convert import check_types
from okta_api._model import OktaModel

from . import _known
from ._calls import Call, build_call
from ._prism import Exchange, exchange
from ._report import FAILED, KNOWN, RESULTS, TESTED
from ._spec import SpecOperation, generated_modules, model_class, ref_name, resolve, spec_operations


def _params() -> list[Any]:
    params = []
    for operation_id in sorted(spec_operations()):
        known = _known.whole_operation(operation_id)
        marks = [pytest.mark.xfail(reason=known.reason, strict=True)] if known else []
        params.append(pytest.param(operation_id, id=operation_id, marks=marks))
    return params


@dataclass(frozen=True)
class Answer:
    """What came back: from `sync_detailed`, or from the `OktaApiError` the runtime raises for a 4xx/5xx."""

    status: int
    headers: httpx.Headers
    content: bytes
    parsed: Any


def _call(module: ModuleType, call: Call, client: Any) -> Answer:
    from okta_client import OktaApiError

    try:
        response = module.sync_detailed(*call.args, client=client, **call.kwargs)
    except OktaApiError as error:
        raw = error.response
        return Answer(raw.status_code, raw.headers, raw.content, None)
    return Answer(int(response.status_code), httpx.Headers(response.headers), response.content, response.parsed)


def static_sampler_limit(response: Answer) -> bool:
    """Whether Prism refused its own static answer only for `pattern`s: its sampler ignores them.

    Such an answer is asked again as a generated one (`dynamic`), which honours them and is checked
    the same way. Examples that break a pattern are not the cause: the generator drops them
    (`example_violations`), and a pattern no example fits (`pattern_violations`).
    """
    if response.status != 500 or not response.headers.get("sl-violations"):
        return False
    violations = json.loads(response.headers["sl-violations"])
    return bool(violations) and all(
        item.get("code") == "pattern" and item.get("location", [None])[0] == "response" for item in violations
    )


def _describe(sent: Exchange, response: Answer) -> str:
    request = sent.request
    lines = []
    if request is not None:
        lines.append(f"request: {request.method} {request.url}")
        lines.append(f"  content-type: {request.headers.get('content-type')}")
        if sent.dynamic:
            lines.append("  asked for a generated answer: Prism's static one ignores patterns")
        if sent.dropped is not None:
            lines.append(f"  its own Prefer {sent.dropped!r} left out to ask with __code")
        if request.content:
            lines.append(f"  body: {request.content[:800]!r}")
    lines.append(f"Prism: {response.status} {response.content[:1500].decode(errors='replace')}")
    violations = response.headers.get("sl-violations")
    if violations:
        lines.append(f"  sl-violations: {violations}")
    return "\n".join(lines)


def _expected_type(spec: dict[str, Any], schema: Any) -> tuple[type, type | None]:
    """(container type, item model) the parsed value must have for a JSON schema."""
    name = ref_name(schema)
    cls = model_class(name) if name is not None else None
    if cls is not None:
        return cls, None
    node = resolve(spec, schema)  # a schema that is no class of its own: its structure says
    if "oneOf" in node or "anyOf" in node:
        return object, None  # one of several models, chosen by best fit
    if node.get("type") == "array":
        item = ref_name(node.get("items"))
        return list, model_class(item) if item else None
    if node.get("properties"):
        return OktaModel, None  # an inline object: the generator names a class after its operation
    return {"object": dict, "string": str, "integer": int, "boolean": bool}.get(
        node.get("type", "object"), object
    ), None


def _check_value(spec: dict[str, Any], schema: Any, value: Any) -> str | None:
    container, item = _expected_type(spec, schema)
    if not isinstance(value, container):
        return f"parsed {type(value).__name__}, the spec declares {container.__name__}"
    if item is not None and isinstance(value, list) and not all(isinstance(element, item) for element in value):
        return f"parsed a list with items other than {item.__name__}"
    try:
        check_types(value)
    except TypeError as exc:
        return f"strict type check: {exc}"
    return None


def check_response(spec: dict[str, Any], operation: SpecOperation, status: int, response: Answer) -> str | None:
    """What is wrong with `response` to a request for documented `status`, or None."""
    if response.status != status:
        return "Prism did not give the documented status asked for"
    if response.headers.get("sl-violations"):
        return "Prism reported violations"
    documented = resolve(spec, operation.operation["responses"][str(status)])
    content = documented.get("content") or {}
    if not content:
        if 200 <= status < 300 and response.parsed is not None:
            return f"no body is documented, the client parsed {type(response.parsed).__name__}"
        return None
    # The client keeps its JSON Accept where the spec offers JSON, so that is what comes back.
    media = "application/json" if "application/json" in content else next(iter(content))
    body = content[media]
    if 200 <= status < 300:
        if media == "application/json":
            return _check_value(spec, body["schema"], response.parsed)
        if not isinstance(response.parsed, str):
            return f"{media} should parse as text, got {type(response.parsed).__name__}"
        return None
    # Error statuses raise OktaApiError (or return None): the error model is checked on the body.
    name = ref_name(body.get("schema"))
    error_class = model_class(name) if name is not None else None
    if error_class is None or media != "application/json":
        return None
    try:
        parsed = error_class.from_dict(json.loads(response.content))
    except (ValueError, TypeError) as exc:
        return f"the {status} body does not parse as {name}: {exc}"
    return _check_value(spec, body["schema"], parsed)


@pytest.mark.parametrize("operation_id", _params())
def test_operation_against_prism(operation_id: str, spec: dict[str, Any], clients: dict[bool, Any]) -> None:
    operation = spec_operations()[operation_id]
    module = generated_modules()[operation_id]
    whole = _known.whole_operation(operation_id)
    # A whole-operation exception is a strict xfail: it is "known" while it fails, a failure once it passes.
    RESULTS.prism[operation_id] = KNOWN if whole else FAILED
    call = build_call(spec, operation, module)
    client = clients[operation.bearer]
    failures: list[str] = []
    excepted = False
    for status in operation.statuses:
        with exchange(status, default=operation.default_status) as sent:
            response = _call(module, call, client)
        if static_sampler_limit(response):
            with exchange(status, default=operation.default_status, dynamic=True) as sent:
                response = _call(module, call, client)
        problem = check_response(spec, operation, status, response)
        known = _known.for_status(operation_id, status)
        if known is not None:
            excepted = True
            if problem is None:
                failures.append(f"{status}: passes now; remove the known exception ({known.reason})")
            continue
        if problem is not None:
            failures.append(f"{status}: {problem}\n{_describe(sent, response)}")
    assert not failures, f"{operation.method} {operation.path}\n" + "\n".join(failures)
    RESULTS.prism[operation_id] = FAILED if whole else KNOWN if excepted else TESTED


def test_prism_rejects_an_invalid_request(clients: dict[bool, Any]) -> None:
    """The control: Prism runs in `--errors` mode, so the tests above can fail."""
    from okta_client import OktaApiError

    http = clients[False].get_httpx_client()
    with pytest.raises(OktaApiError) as raised:
        http.post("/api/v1/users", params={"activate": "maybe"}, json={"profile": 5})
    response = raised.value.response
    assert response.status_code in (400, 422), response.text
    assert "activate" in response.text or "activate" in response.headers.get("sl-violations", "")
