"""Logging: one ``okta_api`` hierarchy, useful DEBUG records, and no secret in any of them."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from okta_api.api.user import list_users
from okta_client import NotFoundError, OktaClient
from okta_plugins._logging import redacted_headers, redacted_target

from tests.okta_fakes import TOKEN, FakeClock, MockOrg, Script, build_client, ok, rate_limited

SEARCH = 'profile.email eq "secret.person@example.com"'


def test_ssws_oauth_retry_and_failure_at_debug_leak_no_secret(
    caplog: pytest.LogCaptureFixture, private_key_client: Any, mock_org: MockOrg, rsa_pem: str
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, not only okta_api
    clock = FakeClock()

    # SSWS: a retried 429, then a failed call.
    script = Script([rate_limited(clock, 2, "rid-first"), ok([], **{"X-Okta-Request-Id": "rid-second"})])
    ssws = build_client(script, clock)
    list_users.sync(client=ssws, search=SEARCH, limit=3)
    script.replies = [httpx.Response(404, json={"errorCode": "E0000007"}, headers={"X-Okta-Request-Id": "rid-404"})]
    with pytest.raises(NotFoundError):
        list_users.sync(client=ssws)

    # OAuth: private_key_jwt for a DPoP-bound token, then a 429 and a retry.
    mock_org.require_dpop = True
    replies = [rate_limited(clock, 1, "rid-oauth-429"), ok()]
    mock_org.api_handler = lambda request: replies.pop(0)
    config = private_key_client(dpop=True).config
    oauth = OktaClient.from_okta_config(config, httpx_args={"transport": httpx.MockTransport(mock_org)}, clock=clock)
    list_users.sync(client=oauth, q="secret.person")
    assert mock_org.errors == [] and mock_org.issued and mock_org.assertions and mock_org.proofs

    text = caplog.text
    secrets = [TOKEN, "secret.person", *mock_org.issued, *mock_org.assertions, *mock_org.proofs]
    secrets += [line for line in rsa_pem.splitlines() if "-----" not in line]
    for secret in secrets:
        assert secret not in text
    for record in caplog.records:
        assert not any(secret in str(arg) for arg in record.args or () for secret in secrets)

    http = [record.getMessage() for record in caplog.records if record.name == "okta_api.http"]
    # The query in the order the client sends it (the spec's parameter order): each secret redacted.
    first = next(message for message in http if "rid-first" in message)
    assert first.startswith("listUsers GET /api/v1/users?") and "search=<redacted>" in first and "limit=3" in first
    assert "-> 429 (request id rid-first, attempt 1," in first
    assert "-> 200 (request id rid-second, attempt 2," in http[1] and http[1].endswith(" s)")
    assert any("-> 404 (request id rid-404, attempt 1" in message for message in http)
    assert any(message.startswith("POST /oauth2/v1/token -> 200") for message in http)
    retries = [record for record in caplog.records if record.name == "okta_api.retry"]
    assert [record.levelno for record in retries] == [logging.INFO, logging.INFO]
    assert "attempt 1 failed (429, request id rid-first); retrying in" in retries[0].getMessage()
    headers = [record.getMessage() for record in caplog.records if record.name == "okta_api.http.headers"]
    assert any("authorization: <redacted>" in message and "dpop: <redacted>" in message for message in headers)
    assert any("x-okta-retry-for: rid-first" in message for message in headers)
    # httpx's own INFO record of each request shows the org URL with the same redaction.
    requests = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert any("/api/v1/users?" in message and "search=<redacted>" in message for message in requests)


def test_redaction_allowlists() -> None:
    url = httpx.URL("https://dev-1.okta.com/api/v1/users?limit=2&after=00u1&filter=x&token=abc")
    assert redacted_target(url) == "/api/v1/users?limit=2&after=00u1&filter=<redacted>&token=<redacted>"
    headers = httpx.Headers({"Authorization": "SSWS abc", "Cookie": "sid=1", "X-Rate-Limit-Remaining": "5"})
    assert redacted_headers(headers) == "authorization: <redacted>, cookie: <redacted>, x-rate-limit-remaining: 5"


def test_nothing_is_formatted_when_debug_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="okta_api")
    list_users.sync(client=build_client(Script([ok()]), FakeClock()))
    assert [record for record in caplog.records if record.name.startswith("okta_api")] == []
