"""Rate limits and retries: waits as the server sees them, the deadline, backoff, safe methods, headers."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import okta_api.models
import pytest
from okta_api.api import operation
from okta_api.api.user import list_users
from okta_client import OktaConnectionError, OktaTimeoutError, RateLimitError, ServerError
from okta_plugins import RetryDecision, hookimpl

from tests.okta_fakes import FakeClock, Script, build_client, http_date, ok, rate_limited

# addGroup in Okta's current specs, createGroup in 2.x.
create_group = operation("addGroup", "createGroup")


def group_body(name: str) -> Any:
    """The group to create, of the body class the client's create-group operation takes (Group in 2.x)."""
    body_class = getattr(okta_api.models, inspect.signature(create_group.sync).parameters["body"].annotation)
    return body_class.from_dict({"profile": {"name": name}})


def test_429_waits_until_the_server_side_reset_then_retries() -> None:
    clock = FakeClock()
    # The server's clock is 100 s behind ours: the wait must come from reset minus Date, not our clock.
    skewed = rate_limited(FakeClock(start=clock.now - 100), reset_in=7)
    script = Script([skewed, ok([{"id": "00u1"}])])
    users = list_users.sync(client=build_client(script, clock))
    assert users is not None and [user.id for user in users] == ["00u1"]
    assert len(script.requests) == 2
    [wait] = clock.sleeps
    assert 7 <= wait <= 8  # reset - Date, plus at most 1 s of jitter


def test_retries_carry_retry_for_and_retry_count() -> None:
    clock = FakeClock()
    script = Script([rate_limited(clock, 1, "rid-A"), rate_limited(clock, 1, "rid-B"), ok()])
    list_users.sync(client=build_client(script, clock))
    first, second, third = script.requests
    assert "x-okta-retry-count" not in first.headers and "x-okta-retry-for" not in first.headers
    assert (second.headers["x-okta-retry-for"], second.headers["x-okta-retry-count"]) == ("rid-A", "1")
    assert (third.headers["x-okta-retry-for"], third.headers["x-okta-retry-count"]) == ("rid-B", "2")
    assert all(request.headers["authorization"].startswith("SSWS ") for request in script.requests)


def test_a_storm_of_429s_gives_up_after_max_retries_with_the_reset_time() -> None:
    clock = FakeClock()
    script = Script([lambda request: rate_limited(clock, 30)])
    with pytest.raises(RateLimitError) as info:
        list_users.sync(client=build_client(script, clock, max_retries=3))
    assert len(script.requests) == 4 and len(clock.sleeps) == 3
    error = info.value
    assert error.status_code == 429 and error.error_code == "E0000047" and error.request_id == "rid-429"
    assert error.reset_at is not None and error.seconds_to_reset == 30
    assert "resets at" in str(error)


def test_default_is_two_retries() -> None:
    clock = FakeClock()
    script = Script([lambda request: rate_limited(clock, 1)])
    with pytest.raises(RateLimitError):
        list_users.sync(client=build_client(script, clock))
    assert len(script.requests) == 3


def test_a_wait_past_the_deadline_fails_at_once_saying_when_the_limit_resets() -> None:
    clock = FakeClock()
    script = Script([rate_limited(clock, 45), ok()])
    with pytest.raises(RateLimitError) as info:
        list_users.sync(client=build_client(script, clock, request_timeout=30))
    assert len(script.requests) == 1 and clock.sleeps == []
    message = str(info.value)
    assert "deadline" in message and "resets at 2023-11-14T22:14:05Z" in message
    assert info.value.seconds_to_reset == 45


def test_waits_within_the_deadline_are_made() -> None:
    clock = FakeClock()
    script = Script([rate_limited(clock, 5), ok()])
    list_users.sync(client=build_client(script, clock, request_timeout=30))
    assert len(script.requests) == 2


def test_429_without_rate_limit_headers_backs_off_exponentially() -> None:
    clock = FakeClock()
    bare = httpx.Response(429, json={"errorCode": "E0000047"})
    script = Script([bare, bare, bare, bare, ok()])
    list_users.sync(client=build_client(script, clock, max_retries=4))
    assert len(clock.sleeps) == 4
    for attempt, wait in enumerate(clock.sleeps, start=1):
        ceiling = 2.0 ** (attempt - 1)
        assert ceiling / 2 <= wait <= ceiling


def test_retry_after_is_honoured_when_there_is_no_reset() -> None:
    clock = FakeClock()
    script = Script([httpx.Response(503, headers={"Retry-After": "4"}), ok()])
    list_users.sync(client=build_client(script, clock))
    assert clock.sleeps == [4.0]


@pytest.mark.parametrize("status", [503, 504])
def test_503_and_504_are_retried_for_get(status: int) -> None:
    clock = FakeClock()
    script = Script([httpx.Response(status), ok()])
    assert list_users.sync(client=build_client(script, clock)) == []
    assert len(script.requests) == 2 and len(clock.sleeps) == 1


def create(client: Any) -> Any:
    return create_group.sync(client=client, body=group_body("Engineers"))


def test_503_is_not_retried_for_post() -> None:
    clock = FakeClock()
    script = Script([httpx.Response(503), ok({"id": "00g1"})])
    with pytest.raises(ServerError) as info:
        create(build_client(script, clock))
    assert info.value.status_code == 503 and len(script.requests) == 1


def test_500_is_not_retried() -> None:
    script = Script([httpx.Response(500), ok()])
    with pytest.raises(ServerError):
        list_users.sync(client=build_client(script, FakeClock()))
    assert len(script.requests) == 1


def test_429_is_retried_for_post_too() -> None:
    clock = FakeClock()
    script = Script([rate_limited(clock, 2), ok({"id": "00g1"})])
    group = create(build_client(script, clock))
    assert group is not None and group.id == "00g1"
    assert script.requests[0].content == script.requests[1].content


def test_a_post_is_retried_when_it_cannot_have_reached_the_server() -> None:
    clock = FakeClock()
    script = Script([httpx.ConnectError("connection refused"), ok({"id": "00g1"})])
    assert create(build_client(script, clock)) is not None
    assert len(script.requests) == 2


@pytest.mark.parametrize("error", [httpx.ReadError("reset by peer"), httpx.ReadTimeout("slow")])
def test_a_post_that_may_have_reached_the_server_is_not_retried(error: Exception) -> None:
    clock = FakeClock()
    script = Script([error, ok({"id": "00g1"})])
    with pytest.raises((OktaConnectionError, OktaTimeoutError)):
        create(build_client(script, clock))
    assert len(script.requests) == 1


def test_connection_errors_on_get_are_retried_then_typed() -> None:
    clock = FakeClock()
    script = Script([httpx.ReadError("reset by peer")])
    with pytest.raises(OktaConnectionError) as info:
        list_users.sync(client=build_client(script, clock))
    assert len(script.requests) == 3
    assert isinstance(info.value, httpx.TransportError)  # still catchable as httpx's
    assert "after 3 attempts" in str(info.value) and "ReadError" in str(info.value)


def test_a_timeout_is_a_typed_error_and_still_an_httpx_timeout() -> None:
    script = Script([httpx.ReadTimeout("timed out")])
    with pytest.raises(OktaTimeoutError) as info:
        list_users.sync(client=build_client(script, FakeClock(), max_retries=0))
    assert isinstance(info.value, httpx.TimeoutException)
    assert "listUsers GET /api/v1/users" in str(info.value)


def test_each_attempt_gets_a_timeout_capped_by_the_remaining_deadline() -> None:
    clock = FakeClock()
    script = Script([httpx.Response(503, headers={"Retry-After": "8"}), ok()])
    list_users.sync(client=build_client(script, clock, request_timeout=20, read_timeout=60))
    first, second = (request.extensions["timeout"] for request in script.requests)
    assert first["read"] == 20 and first["connect"] == 20
    assert second["read"] == 12 and second["connect"] == 12


def test_a_third_party_okta_retry_decides_first() -> None:
    class RetryTeapots:
        @hookimpl
        def okta_retry(self, response: httpx.Response | None, attempt: int) -> RetryDecision | None:
            if response is not None and response.status_code == 418:
                return RetryDecision(retry=attempt < 5, delay=0.25)
            return None

    clock = FakeClock()
    script = Script([httpx.Response(418)] * 3 + [ok()])
    list_users.sync(client=build_client(script, clock, plugins=[RetryTeapots()]))
    assert clock.sleeps == [0.25, 0.25, 0.25]


def test_blocking_the_builtin_retry_turns_retries_off() -> None:
    clock = FakeClock()
    script = Script([rate_limited(clock, 1), ok()])
    with pytest.raises(RateLimitError):
        list_users.sync(client=build_client(script, clock, plugins_block="okta.retry"))
    assert len(script.requests) == 1


def test_async_calls_retry_on_the_same_clock() -> None:
    clock = FakeClock()
    script = Script([rate_limited(clock, 3), httpx.ConnectError("refused"), ok([{"id": "00u1"}])])
    users = asyncio.run(list_users.asyncio(client=build_client(script, clock)))
    assert users is not None and len(users) == 1
    assert len(script.requests) == 3 and len(clock.sleeps) == 2
    assert script.requests[2].headers["x-okta-retry-count"] == "2"


def test_pacing_waits_for_the_reset_when_remaining_runs_low() -> None:
    clock = FakeClock()
    low = ok(
        **{
            "X-Rate-Limit-Limit": "600",
            "X-Rate-Limit-Remaining": "1",
            "X-Rate-Limit-Reset": str(int(clock.now) + 12),
            "Date": http_date(clock.now),
        }
    )
    script = Script([low, ok(), ok()])
    client = build_client(script, clock, pacing=True, pacing_threshold=2)
    list_users.sync(client=client)
    assert clock.sleeps == []
    list_users.sync(client=client)
    assert clock.sleeps == [12.0]
    list_users.sync(client=client)  # the bucket has reset: no more waiting
    assert clock.sleeps == [12.0]


def test_without_pacing_low_remaining_does_not_wait() -> None:
    clock = FakeClock()
    low = ok(**{"X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": str(int(clock.now) + 12)})
    script = Script([low, ok()])
    client = build_client(script, clock)
    list_users.sync(client=client)
    list_users.sync(client=client)
    assert clock.sleeps == []


def test_each_dpop_retry_carries_a_fresh_proof(private_key_client: Any, mock_org: Any) -> None:
    clock = FakeClock()
    mock_org.require_dpop = True
    replies = [rate_limited(clock, 1), ok()]
    mock_org.api_handler = lambda request: replies.pop(0)
    from okta_client import OktaClient

    built = private_key_client(dpop=True)
    client = OktaClient.from_okta_config(
        built.config, httpx_args={"transport": httpx.MockTransport(mock_org)}, clock=clock
    )
    assert list_users.sync(client=client) == []
    assert mock_org.errors == []  # the mock org refuses a reused DPoP jti
    assert len(mock_org.api_requests) == 2
    assert len(mock_org.proofs) == 3 and len(set(mock_org.proofs)) == 3  # token request + two API attempts


def test_an_okta_retry_answer_of_the_wrong_type_is_refused() -> None:
    from okta_client import OktaPluginsError

    class Sloppy:
        @hookimpl
        def okta_retry(self) -> object:
            return True

    clock = FakeClock()
    with pytest.raises(OktaPluginsError, match="okta_retry returned bool, not RetryDecision"):
        list_users.sync(client=build_client(Script([rate_limited(clock, 1)]), clock, plugins=[Sloppy()]))


def test_a_refused_loopback_connection_is_retried_then_typed() -> None:
    import socket

    from okta_client import OktaClient

    with socket.socket() as probe:  # a port nobody listens on once the socket is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    clock = FakeClock()
    client = OktaClient.from_config(org_url=f"http://127.0.0.1:{port}", token="t", clock=clock)
    with pytest.raises(OktaConnectionError, match="ConnectError") as info:
        create(client)
    assert "after 3 attempts" in str(info.value) and len(clock.sleeps) == 2


# --- waits the server sets are capped by rateLimit.maxWait ----------------------------------------


def _day_ahead(clock: FakeClock) -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": http_date(clock.now + 86_400), "Date": http_date(clock.now)})


LONG_WAITS: dict[str, Any] = {
    "retry-after seconds": lambda clock: httpx.Response(429, headers={"Retry-After": "86400"}),
    "retry-after http date": _day_ahead,
    "reset eleven days ahead": lambda clock: rate_limited(clock, 11 * 86_400),
    "reset past any datetime": lambda clock: rate_limited(clock, 10**15),
    "retry-after beyond a float's integers": lambda clock: httpx.Response(429, headers={"Retry-After": "9" * 400}),
}


@pytest.mark.parametrize("reply", LONG_WAITS.values(), ids=LONG_WAITS.keys())
def test_a_429_asking_for_a_wait_beyond_max_wait_fails_at_once_saying_when(reply: Any) -> None:
    clock = FakeClock()
    script = Script([reply(clock), ok()])
    with pytest.raises(RateLimitError) as info:
        list_users.sync(client=build_client(script, clock))
    assert len(script.requests) == 1 and clock.sleeps == []
    error = info.value
    assert error.retry_after is not None and error.retry_after > 75
    assert "rateLimit.maxWait (75 s)" in str(error)


@pytest.mark.parametrize("status", [503, 504])
def test_a_5xx_retry_after_beyond_max_wait_fails_at_once_saying_when(status: int) -> None:
    clock = FakeClock()
    script = Script([httpx.Response(status, headers={"Retry-After": "3600"}), ok()])
    with pytest.raises(ServerError) as info:
        list_users.sync(client=build_client(script, clock))
    assert len(script.requests) == 1 and clock.sleeps == []
    assert info.value.retry_after == 3600.0
    assert "retry after 3600 s" in str(info.value) and "maxWait" in str(info.value)


def test_async_calls_are_capped_too() -> None:
    clock = FakeClock()
    script = Script([rate_limited(clock, 11 * 86_400), ok()])
    with pytest.raises(RateLimitError):
        asyncio.run(list_users.asyncio(client=build_client(script, clock)))
    assert len(script.requests) == 1 and clock.sleeps == []


def test_max_wait_is_configurable_and_zero_lifts_the_cap() -> None:
    clock = FakeClock()
    script = Script([rate_limited(clock, 30), ok()])
    with pytest.raises(RateLimitError, match=r"maxWait \(10 s\)"):
        list_users.sync(client=build_client(script, clock, max_wait=10))
    script = Script([httpx.Response(429, headers={"Retry-After": "86400"}), ok()])
    assert list_users.sync(client=build_client(script, clock, max_wait=0, request_timeout=0)) == []
    [wait] = clock.sleeps
    assert 86_400 <= wait <= 86_401  # plus the jitter


@pytest.mark.parametrize("value", ["-5", "soon", "", "1.5e9", "Wed, 99 Foo 2024 99:99:99 GMT", "0x10"])
def test_negative_or_unreadable_retry_after_never_means_a_long_wait(value: str) -> None:
    clock = FakeClock()
    script = Script([httpx.Response(503, headers={"Retry-After": value, "Date": http_date(clock.now)}), ok()])
    assert list_users.sync(client=build_client(script, clock)) == []
    [wait] = clock.sleeps
    assert 0 <= wait <= 1  # no wait for a negative value, the first backoff step for an unreadable one


def test_pacing_never_waits_beyond_max_wait() -> None:
    clock = FakeClock()
    exhausted = {
        "X-Rate-Limit-Remaining": "0",
        "X-Rate-Limit-Reset": str(int(clock.now) + 11 * 86_400),
        "Date": http_date(clock.now),
    }
    script = Script([ok(**exhausted), rate_limited(clock, 11 * 86_400)])
    client = build_client(script, clock, pacing=True)
    list_users.sync(client=client)
    with pytest.raises(RateLimitError) as info:  # sent at once; Okta's 429 says when
        list_users.sync(client=client)
    assert clock.sleeps == [] and len(script.requests) == 2
    assert info.value.reset_at is not None and info.value.retry_after == 11 * 86_400
