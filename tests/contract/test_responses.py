"""In process, no server: each documented response parses with the generated client alone.

The plain generated `Client` (no okta_plugins, which raise for 4xx/5xx first) reads a body built from
the status's schema, or an empty body where the spec documents none, without raising.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from okta_api.client import Client

from . import _known
from ._report import FAILED, KNOWN, RESULTS, TESTED
from ._spec import generated_modules, resolve, spec_operations
from ._values import example_value


def _body(spec: dict[str, Any], response: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    content = response.get("content") or {}
    if not content:
        return b"", {}
    # The client asks for JSON where the spec offers it (Accept), so that is the body it reads.
    media = "application/json" if "application/json" in content else next(iter(content))
    body = content[media]
    value = example_value(spec, body.get("schema", {}), request=False)
    if media == "application/json":
        return json.dumps(value).encode(), {"content-type": media}
    return str(value).encode(), {"content-type": media}


def _params() -> list[Any]:
    marks = {
        name: [pytest.mark.xfail(reason="; ".join(sorted({item.reason for item in items})), strict=True)]
        for name, items in _known.RESPONSES.items()
    }
    return [pytest.param(name, id=name, marks=marks.get(name, [])) for name in sorted(spec_operations())]


@pytest.mark.parametrize("operation_id", _params())
def test_documented_responses_parse(operation_id: str, spec: dict[str, Any]) -> None:
    RESULTS.responses[operation_id] = KNOWN if operation_id in _known.RESPONSES else FAILED
    operation = spec_operations()[operation_id]
    module = generated_modules()[operation_id]
    client = Client(base_url="https://your-subdomain.okta.com", raise_on_unexpected_status=True)
    request = httpx.Request(operation.method, "https://your-subdomain.okta.com" + operation.path)
    for status in operation.statuses:
        documented = resolve(spec, operation.operation["responses"][str(status)])
        content, headers = _body(spec, documented)
        response = httpx.Response(status, content=content, headers=headers, request=request)
        parsed = module._parse_response(client=client, response=response)
        if not content:
            assert parsed is None, f"{status}: no body is documented, the client parsed {parsed!r}"
        elif 200 <= status < 300:
            assert parsed is not None, f"{status}: a documented body parsed as None"
    RESULTS.responses[operation_id] = FAILED if operation_id in _known.RESPONSES else TESTED
