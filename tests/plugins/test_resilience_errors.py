"""Typed errors: one hierarchy keyed by status, whatever the body; typed decoding failures; timeouts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from okta_api.api.application import list_applications
from okta_api.api.user import get_user, list_users
from okta_api.errors import ResponseShapeError, ResponseTypeError
from okta_client import (
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InsufficientScopeError,
    NotFoundError,
    OktaApiError,
    OktaClient,
    OktaConfig,
    OktaPluginsError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    UnauthorizedError,
    error_for_response,
)
from okta_plugins._client import timeout_of

from tests.okta_fakes import ORG, TOKEN, FakeClock, build_client

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "okta"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def answer(status: int, **kwargs: Any) -> Any:
    return build_client(lambda request: httpx.Response(status, **kwargs), FakeClock(), max_retries=0)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (405, OktaApiError),
        (302, OktaApiError),
    ],
)
def test_each_status_raises_its_class(status: int, cls: type[OktaApiError]) -> None:
    client = answer(status, json={"errorCode": "E0000001"}, headers={"X-Okta-Request-Id": "rid-1"})
    with pytest.raises(cls) as info:
        list_users.sync(client=client)
    # listUsers documents a scope, so okta.scopes makes its 403 the InsufficientScopeError subclass.
    assert type(info.value) is (InsufficientScopeError if status == 403 else cls)
    assert info.value.status_code == status and info.value.request_id == "rid-1"
    assert info.value.operation_id == "listUsers"


def test_okta_error_fields_are_read() -> None:
    client = answer(400, json=fixture("error_400.json"), headers={"X-Okta-Request-Id": "rid-400"})
    with pytest.raises(BadRequestError) as info:
        list_users.sync(client=client, limit=5)
    error = info.value
    assert error.error_code == "E0000001"
    assert error.error_summary == "Api validation failed: login"
    assert error.error_id == "oaeJ8vM2kRqT5xHs9LpWn4cYg"
    assert error.error_causes == (
        "login: An object with this field already exists in the current organization",
        "email: Does not match required pattern",
    )
    assert (error.method, error.path) == ("GET", "/api/v1/users")
    text = str(error)
    assert "listUsers (GET /api/v1/users) answered 400 Bad Request: E0000001 Api validation failed" in text
    assert "email: Does not match required pattern" in text and "[request id rid-400]" in text
    assert TOKEN not in text and "limit=5" not in text


def test_404_fixture() -> None:
    with pytest.raises(NotFoundError, match="E0000007"):
        get_user.sync("00u-missing", client=answer(404, json=fixture("error_404.json")))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty body"),
        (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "body starts '<html><body><h1>502 Bad Gateway"),
        (b'{"errorCode": "E00', 'body starts \'{"errorCode": "E00\''),
        (b"\xff\xfe\x00garbage", "body starts"),
        (b"[1, 2, 3]", "body starts '[1, 2, 3]'"),
    ],
)
def test_bodies_that_are_not_okta_errors_still_give_a_typed_error(content: bytes, expected: str) -> None:
    with pytest.raises(ServerError) as info:
        list_users.sync(client=answer(502, content=content, headers={"Content-Type": "text/html"}))
    assert expected in str(info.value)
    assert info.value.error_code is None and info.value.status_code == 502


def test_a_long_body_is_cut_to_a_short_excerpt() -> None:
    with pytest.raises(ServerError) as info:
        list_users.sync(client=answer(500, content=b"x" * 100_000))
    assert len(info.value.excerpt) == 200 and len(str(info.value)) < 400


def test_rate_limit_error_says_when_the_limit_resets() -> None:
    headers = {"X-Rate-Limit-Reset": "1700000060", "Date": "Tue, 14 Nov 2023 22:13:20 GMT", "X-Rate-Limit-Limit": "600"}
    error = error_for_response(httpx.Response(429, headers=headers, json=fixture("error_429.json")))
    assert isinstance(error, RateLimitError)
    assert error.limit == 600 and error.seconds_to_reset == 60
    assert "resets at 2023-11-14T22:14:20Z (in 60 s)" in str(error)


def test_insufficient_scope_is_a_forbidden_error() -> None:
    assert issubclass(InsufficientScopeError, ForbiddenError)
    client = build_client(
        lambda request: httpx.Response(403, json={"errorCode": "E0000006"}), FakeClock(), authorization_mode="Bearer"
    )
    with pytest.raises(InsufficientScopeError) as info:
        list_users.sync(client=client)
    assert info.value.status_code == 403 and info.value.error_code == "E0000006"
    assert info.value.required == ("okta.users.read",)


def test_blocking_okta_errors_gives_the_raw_response_back() -> None:
    client = build_client(
        lambda request: httpx.Response(404, json={"errorCode": "E0000007"}), FakeClock(), plugins_block="okta.errors"
    )
    assert list_users.sync_detailed(client=client).status_code == 404


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'[{"id": "00u1", "profile": {"login": "a@', "application/json"),
        (b"<html>maintenance</html>", "text/html"),
        (b"\xff\xfe not utf-8", "application/json"),
    ],
)
def test_a_success_body_that_is_not_json_is_a_typed_decode_error(content: bytes, content_type: str) -> None:
    client = answer(200, content=content, headers={"Content-Type": content_type})
    with pytest.raises(ResponseDecodeError) as info:
        list_users.sync(client=client)
    assert isinstance(info.value, json.JSONDecodeError)  # existing handlers keep working
    assert info.value.operation_id == "listUsers" and info.value.status_code == 200
    assert "listUsers: the 200 response body is not valid JSON" in str(info.value)


def test_a_body_of_the_wrong_shape_names_the_model() -> None:
    with pytest.raises(ResponseShapeError, match=r"list\[User\] expects a JSON array, got dict"):
        list_users.sync(client=answer(200, json={"id": "00u1"}))
    with pytest.raises(ResponseShapeError, match="User expects a JSON object, got int"):
        list_users.sync(client=answer(200, json=[1]))


def test_default_timeouts_and_their_configuration() -> None:
    from okta_client import load_config

    default = timeout_of(load_config(org_url="https://dev-1.okta.com"))
    assert (default.connect, default.read, default.write, default.pool) == (30.0, 60.0, 60.0, 30.0)
    tuned = timeout_of(load_config(org_url="https://dev-1.okta.com", connection_timeout=5, read_timeout=0))
    assert (tuned.connect, tuned.read) == (5.0, 300.0)  # no read limit: the call's deadline still bounds it
    unbounded = timeout_of(load_config(org_url="https://dev-1.okta.com", read_timeout=0, request_timeout=0))
    assert unbounded.read is None
    capped = timeout_of(load_config(org_url="https://dev-1.okta.com", request_timeout=10))
    assert (capped.connect, capped.read) == (10.0, 10.0)


def test_yaml_names_for_timeouts_retries_and_pacing(isolated_env: Path) -> None:
    from okta_client import load_config

    (isolated_env / "work" / "okta.yaml").write_text(
        "okta:\n  client:\n    orgUrl: https://dev-1.okta.com\n    connectionTimeout: 3\n    readTimeout: 4\n"
        "    requestTimeout: 90\n    rateLimit:\n      maxRetries: 5\n      pacing: true\n      pacingThreshold: 7\n"
        "      maxWait: 20\n"
    )
    config = load_config()
    assert (config.connection_timeout, config.read_timeout, config.request_timeout) == (3.0, 4.0, 90.0)
    assert (config.max_retries, config.pacing, config.pacing_threshold, config.max_wait) == (5, True, 7, 20.0)
    assert load_config(environ={"OKTA_CLIENT_RATELIMIT_MAXWAIT": "0"}).max_wait == 0.0


# --- fuzz: whatever the body, only typed errors -----------------------------------------------------

TYPED = (OktaPluginsError, ResponseShapeError, ResponseTypeError)
USER_PAGE = json.dumps(fixture("users_page_200.json")[:3]).encode()
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
bodies = st.one_of(
    st.binary(max_size=64),
    st.integers(min_value=0, max_value=len(USER_PAGE)).map(lambda cut: USER_PAGE[:cut]),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.lists(json_values, max_size=3).map(lambda items: json.dumps(items).encode()),
    st.text(max_size=40).map(lambda text: f"<html><body>{text}</body></html>".encode()),
)


class Fuzzed:
    def __init__(self) -> None:
        self.response = httpx.Response(200)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return self.response


FUZZED = Fuzzed()
# Built from an explicit OktaConfig: at import time no config file or OKTA_* variable may leak in.
FUZZ_CLIENT = OktaClient.from_okta_config(
    OktaConfig(org_url=ORG, token=TOKEN, max_retries=0),
    httpx_args={"transport": httpx.MockTransport(FUZZED)},
    clock=FakeClock(),
)
CALLS = [
    lambda client: list_users.sync(client=client),
    lambda client: get_user.sync("00u1", client=client),
    lambda client: list_applications.sync(client=client),
]


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    status=st.sampled_from([200, 201, 204, 400, 401, 403, 404, 409, 429, 500, 502, 503]),
    content_type=st.sampled_from(["application/json", "text/html", "application/json; charset=utf-8", ""]),
    body=bodies,
    call=st.sampled_from(CALLS),
)
def test_1000_malformed_bodies_give_only_typed_errors(status: int, content_type: str, body: bytes, call: Any) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    FUZZED.response = httpx.Response(status, content=body, headers=headers)
    try:
        call(FUZZ_CLIENT)
    except TYPED as exc:
        assert status >= 300 or not isinstance(exc, OktaApiError)
    else:
        assert 200 <= status < 300


def test_strict_parsing_names_the_model_field_and_pointer() -> None:
    body = [{"id": "00u1", "profile": {"login": "a@example.com"}}, {"id": 42}]
    lenient = answer(200, json=body)
    users = list_users.sync(client=lenient)
    assert users is not None and users[1].id == 42  # lenient: kept as it came
    strict = build_client(lambda request: httpx.Response(200, json=body), FakeClock(), strict_parsing=True)
    with pytest.raises(ResponseTypeError, match=r"User\.id at /1/id: expected str, got int") as info:
        list_users.sync(client=strict)
    assert (info.value.model, info.value.field, info.value.pointer) == ("User", "id", "/1/id")
