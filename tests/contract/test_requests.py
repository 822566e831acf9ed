"""In process, no server: every request the client builds is valid for the spec (openapi-core).

The request is the one on the wire: built by the generated function and passed through `OktaClient`
(auth, serializer plugins) to an `httpx.MockTransport`. A multi-operation alternative is validated
against its own operation, not the base that Prism sees: the validation document gives each
alternative a path of its own (`/__alternative/<operationId><path>`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from . import _known
from ._calls import build_call
from ._report import FAILED, KNOWN, RESULTS, TESTED
from ._spec import METHODS, MULTI, SpecOperation, generated_modules, load_spec, resolve, spec_operations

# The spec's server: openapi-core finds operations by server URL and path.
HOST = "https://your-subdomain.okta.com"
ALTERNATIVE = "/__alternative/{operation_id}"
CERTIFICATE_MEDIA_TYPES = ("application/x-x509-ca-cert", "application/pkix-cert", "application/x-pem-file")


class OpenAPIRequest:
    """An `httpx.Request` as openapi-core's `Request` protocol."""

    def __init__(self, request: httpx.Request, path_prefix: str = "") -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self._request = request
        self.host_url = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        # The raw (still percent-encoded) path, as a server routes it.
        self.path = path_prefix + request.url.raw_path.decode("ascii").split("?", 1)[0]
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(request.url.query.decode("ascii"), keep_blank_values=True)),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", ""))


@cache
def validation_document() -> Any:
    """openapi-core's view of the spec, with each multi-operation alternative on a path of its own."""
    from openapi_core import Config, OpenAPI

    document = copy.deepcopy(load_spec())
    paths = document["paths"]
    for path, item in list(paths.items()):
        shared = {key: value for key, value in item.items() if key not in METHODS}
        for method in METHODS:
            base = item.get(method)
            for alternative in (base or {}).get(MULTI, []):
                prefix = ALTERNATIVE.format(operation_id=alternative["operationId"])
                paths[prefix + path] = {**shared, method: alternative}
            for server in (base or {}).get("servers", []):
                # Host names are case-insensitive and httpx sends them lower-cased; openapi-core compares exactly.
                server["url"] = server["url"].lower()
    # openapi-core hands the raw bytes of a media type it does not know to the schema; the
    # certificate types carry base64 text (`format: byte`, a string) or DER (`format: binary`).
    certificates: dict[str, Callable[[bytes], Any]] = {media: _certificate_body for media in CERTIFICATE_MEDIA_TYPES}
    return OpenAPI.from_dict(document, config=Config(extra_media_type_deserializers={**_other_media(), **certificates}))


def _other_media() -> dict[str, Callable[[bytes], Any]]:
    """Deserializers for the spec's request media types openapi-core does not know.

    A `+json` type (RFC 6839) carries JSON; any other (e.g. `application/secevent+jwt`) carries text.
    """
    known = {"application/json", "application/x-www-form-urlencoded", "multipart/form-data"}
    found: dict[str, Callable[[bytes], Any]] = {}
    for item in load_spec()["paths"].values():
        for method in METHODS:
            body = resolve(load_spec(), (item.get(method) or {}).get("requestBody", {}))
            for media in set(body.get("content", {})) - known:
                found[media] = json.loads if media.endswith("+json") else _certificate_body
    return found


def _server(spec: dict[str, Any], operation: SpecOperation) -> str:
    """Where a user points the client for this operation: its own server if it has one, else the org."""
    servers = operation.operation.get("servers") or spec["paths"][operation.path].get("servers")
    return str(servers[0]["url"]) if servers else HOST


def _certificate_body(body: bytes) -> str | bytes:
    return body.decode("ascii") if body.isascii() else body


def _wire_request(operation_id: str, spec: dict[str, Any]) -> httpx.Request:
    from okta_client import OktaClient, OktaConfig

    operation = spec_operations()[operation_id]
    module = generated_modules()[operation_id]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    # Scopes are the runtime's business (tests/plugins); here every operation must be sendable.
    config = OktaConfig(
        org_url=_server(spec, operation),
        authorization_mode="Bearer" if operation.bearer else "SSWS",
        token="contract-token",
        max_retries=0,
        scope_check=False,
    )
    client = OktaClient.from_okta_config(config, httpx_args={"transport": httpx.MockTransport(answer)})
    call = build_call(spec, operation, module)
    module.sync_detailed(*call.args, client=client, **call.kwargs)
    assert len(seen) == 1, f"expected one request, the client sent {len(seen)}"
    return seen[0]


def _params() -> list[Any]:
    marks = {name: [pytest.mark.xfail(reason=reason, strict=True)] for name, reason in _known.REQUESTS.items()}
    return [pytest.param(name, id=name, marks=marks.get(name, [])) for name in sorted(spec_operations())]


# openapi-core checks apiKey security only; OAuth 2.0 (the governance operations) it warns about.
@pytest.mark.filterwarnings("ignore:Unsupported scheme type:UserWarning")
@pytest.mark.parametrize("operation_id", _params())
def test_request_is_valid_for_the_spec(operation_id: str, spec: dict[str, Any]) -> None:
    RESULTS.requests[operation_id] = KNOWN if operation_id in _known.REQUESTS else FAILED
    operation = spec_operations()[operation_id]
    request = _wire_request(operation_id, spec)
    prefix = ALTERNATIVE.format(operation_id=operation_id) if operation.alternative else ""
    errors = list(validation_document().iter_request_errors(OpenAPIRequest(request, prefix)))
    details = [f"{type(error).__name__}: {error} {getattr(error, '__cause__', '') or ''}" for error in errors]
    assert not errors, f"{request.method} {request.url} ({request.headers.get('content-type')}):\n" + "\n".join(details)
    RESULTS.requests[operation_id] = FAILED if operation_id in _known.REQUESTS else TESTED


def test_openapi_core_rejects_an_invalid_request() -> None:
    """The control: a request that breaks the spec is reported, so the tests above can fail."""
    request = httpx.Request(
        "POST",
        f"{HOST}/api/v1/users",
        params={"activate": "maybe"},
        json={"profile": 5},
        headers={"Authorization": "SSWS contract-token"},
    )
    errors = list(validation_document().iter_request_errors(OpenAPIRequest(request)))
    assert errors, "openapi-core accepted a request with a non-boolean `activate` and a non-object profile"
