"""Credentials go only to the org origin; no secret reaches a log record, repr, or error message."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from okta_client import OktaClient, OktaConfig, TokenEndpointError
from okta_plugins import hookimpl

from tests.okta_fakes import CLIENT_ID, ORG, MockOrg


def recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "dev-123.okta.com" and request.url.path == "/redirect":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example/landing"})
        return httpx.Response(200, json={})

    return seen, httpx.MockTransport(handler)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/api/v1/users",
        "http://dev-123.okta.com/api/v1/users",  # right host, plain http
        "https://dev-123.okta.com:8443/api/v1/users",  # right host, other port
        "https://dev-123.okta.com.evil.example/api/v1/users",
    ],
)
@pytest.mark.parametrize("mode", ["SSWS", "PrivateKey"])
def test_no_credentials_to_other_origins(
    url: str, mode: str, private_key_client: Callable[..., Any], mock_org: MockOrg
) -> None:
    if mode == "SSWS":
        seen, transport = recording()
        client = OktaClient.from_config(org_url=ORG, token="secret-ssws", httpx_args={"transport": transport})
    else:
        mock_org.require_dpop = True
        client, seen = private_key_client(dpop=True), mock_org.foreign_requests
    response = client.get_httpx_client().get(url)
    assert response.status_code == 200
    assert seen[-1].url == httpx.URL(url)
    assert "authorization" not in seen[-1].headers
    assert "dpop" not in seen[-1].headers
    assert mock_org.token_requests == []


def test_plugin_set_credentials_are_stripped_for_other_origins() -> None:
    class Leaky:
        @hookimpl
        def okta_prepare_request(self, request: httpx.Request, operation: Any, config: OktaConfig) -> None:
            request.headers["Authorization"] = "Bearer leaked"
            request.headers["DPoP"] = "proof"

    seen, transport = recording()
    client = OktaClient.from_config(org_url=ORG, token="t", plugins=[Leaky()], httpx_args={"transport": transport})
    client.get_httpx_client().get("https://evil.example/x")
    assert "authorization" not in seen[-1].headers and "dpop" not in seen[-1].headers


def test_default_headers_are_stripped_for_other_origins() -> None:
    seen, transport = recording()
    client = OktaClient.from_config(org_url=ORG, token="t", httpx_args={"transport": transport})
    client = client.with_headers({"Authorization": "SSWS sneaky"})
    client.get_httpx_client().get("https://evil.example/x")
    assert "authorization" not in seen[-1].headers


def test_redirect_to_other_origin_carries_no_credentials() -> None:
    seen, transport = recording()
    client = OktaClient.from_config(
        org_url=ORG,
        token="t",
        httpx_args={"transport": transport, "follow_redirects": True},
    )
    client.get_httpx_client().get("/redirect")
    assert seen[0].headers["authorization"] == "SSWS t"
    assert seen[1].url.host == "elsewhere.example"
    assert "authorization" not in seen[1].headers


def test_loopback_http_org_gets_credentials() -> None:
    seen, transport = recording()
    client = OktaClient.from_config(org_url="http://127.0.0.1:8080", token="t", httpx_args={"transport": transport})
    client.get_httpx_client().get("/api/v1/users")
    assert seen[0].headers["authorization"] == "SSWS t"


def secrets_of(org: MockOrg, pem: str, ssws: str) -> list[str]:
    values = [ssws, pem, *org.assertions, *org.issued, *org.proofs]
    values += [f"Bearer {token}" for token in org.issued] + [f"DPoP {token}" for token in org.issued]
    values += [line for line in pem.splitlines() if "-----" not in line]
    values += [
        request.headers["dpop"] for request in org.api_requests + org.token_requests if "dpop" in request.headers
    ]
    return [value for value in values if value]


def test_full_oauth_flow_logs_no_secret(
    private_key_client: Callable[..., Any],
    mock_org: MockOrg,
    rsa_pem: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from okta_api.api.user import list_users

    ssws = "00SSWS-secret-token"
    mock_org.require_dpop = True
    mock_org.dpop_nonce = "nonce-t"
    mock_org.resource_nonce = "nonce-r"
    caplog.set_level(logging.DEBUG)
    client = private_key_client(dpop=True)
    assert list_users.sync_detailed(client=client).status_code == 200
    mock_org.issued.clear()  # forces the invalid_token renewal path
    assert list_users.sync_detailed(client=client).status_code == 200
    ssws_client = OktaClient.from_config(
        org_url=ORG,
        token=ssws,
        httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200))},
    )
    ssws_client.get_httpx_client().get("/api/v1/users")
    client.get_httpx_client().get("https://evil.example/x")  # the guard logs this one
    mock_org.token_error = (
        400,
        {"error": "invalid_client", "error_description": "bad assertion"},
    )
    with pytest.raises(TokenEndpointError) as info:
        private_key_client(dpop=True).get_httpx_client().get("/api/v1/users")
    assert mock_org.errors == []
    assert len(mock_org.issued) >= 1 and len(mock_org.assertions) >= 3 and len(mock_org.proofs) >= 3
    assert any(record.levelno == logging.DEBUG and record.name.startswith("okta_api.auth") for record in caplog.records)
    assert any(record.name.startswith("httpx") for record in caplog.records)
    texts = [record.getMessage() for record in caplog.records] + [caplog.text]
    texts += [
        repr(client),
        repr(client.config),
        repr(client.credential),
        repr(ssws_client),
        str(info.value),
        repr(info.value),
    ]
    texts += [repr(ssws_client.credential), repr(client.get_httpx_client().auth)]
    for secret in secrets_of(mock_org, rsa_pem, ssws):
        for text in texts:
            assert secret not in text, f"secret leaked: {secret[:12]}..."


class _Bridge(BaseHTTPRequestHandler):
    """Serves a MockOrg over a real loopback socket, so httpcore's own DEBUG traces are captured too."""

    org: MockOrg

    def _serve(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        request = httpx.Request(
            self.command, f"{self.org.org}{self.path}", headers=list(self.headers.items()), content=body
        )
        response = self.org(request)
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.content)))
        self.end_headers()
        self.wfile.write(response.content)

    do_GET = do_POST = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def loopback_org(mock_org: MockOrg) -> Iterator[MockOrg]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Bridge", (_Bridge,), {"org": mock_org}))
    mock_org.org = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield mock_org
    server.shutdown()
    server.server_close()
    thread.join()


def test_full_flow_over_loopback_sockets_logs_no_secret(
    loopback_org: MockOrg, rsa_pem: str, caplog: pytest.LogCaptureFixture
) -> None:
    from okta_api.api.user import list_users

    loopback_org.require_dpop = True
    loopback_org.dpop_nonce = "nonce-t"
    loopback_org.resource_nonce = "nonce-r"
    caplog.set_level(logging.DEBUG)
    client = OktaClient.from_config(
        org_url=loopback_org.org,
        authorization_mode="PrivateKey",
        client_id=CLIENT_ID,
        scopes="okta.users.read",
        private_key=rsa_pem,
        dpop=True,
    )
    assert list_users.sync_detailed(client=client).status_code == 200
    assert asyncio.run(list_users.asyncio_detailed(client=client)).status_code == 200
    assert loopback_org.errors == []
    assert len(loopback_org.token_requests) == 2  # the first one is refused for its missing nonce
    assert any(record.name.startswith("httpcore") for record in caplog.records)
    messages = [record.getMessage() for record in caplog.records]
    for secret in secrets_of(loopback_org, rsa_pem, "unused-ssws"):
        assert all(secret not in message for message in messages), f"secret leaked: {secret[:12]}..."


# --- no URL userinfo, token or key in any message, repr or log record ------------------------------


def every_text_of(error: BaseException) -> str:
    """The message, repr and full traceback (causes and contexts included) of ``error``."""
    import traceback

    return "\n".join([str(error), repr(error), *traceback.format_exception(error)])


@pytest.mark.parametrize(
    "org_url",
    [
        "https://admin:PWSECRET@dev-123.okta.com",
        "https://PWSECRET@dev-123.okta.com",
        "http://admin:PWSECRET@example.com",  # refused for http, too
        "https://admin:PWSECRET@dev-123.okta.com:notaport",  # not even a URL
        "https://admin:PWSECRET@dev-123.okta.com/api?x=1",
        "https://dev-123.okta.com/?token=PWSECRET",
        "https://dev-123.okta.com/#access_token=PWSECRET",
        "dev-123.okta.com/?client_assertion=PWSECRET",
        "  https://admin:PWSECRET@[::1:bad]/  ",
    ],
)
def test_a_bad_org_url_is_refused_without_echoing_its_secret(org_url: str, caplog: pytest.LogCaptureFixture) -> None:
    from okta_client import ConfigError

    caplog.set_level(logging.DEBUG)
    with pytest.raises(ConfigError) as info:
        OktaClient.from_config(org_url=org_url, token="t")
    assert "PWSECRET" not in every_text_of(info.value)
    assert "PWSECRET" not in caplog.text
    assert "org URL" in str(info.value)


def test_the_userinfo_refusal_says_what_is_wrong() -> None:
    from okta_client import ConfigError

    with pytest.raises(ConfigError, match=r"'https://<redacted>@dev-123.okta.com/' must not hold a user name"):
        OktaClient.from_config(org_url="https://admin:PWSECRET@dev-123.okta.com", token="t")


def test_token_endpoint_errors_redact_the_url() -> None:
    from okta_client import TokenEndpointUnreachableError

    answered = TokenEndpointError("https://u:PWSECRET@dev-123.okta.com/oauth2/v1/token?token=PWSECRET", 400, None, None)
    unreachable = TokenEndpointUnreachableError(
        "https://u:PWSECRET@dev-123.okta.com/oauth2/v1/token",
        "ProxyError: http://proxy-user:PWSECRET@proxy:3128 failed",
    )
    for error in (answered, unreachable):
        assert "PWSECRET" not in every_text_of(error) and "PWSECRET" not in error.url
        assert "dev-123.okta.com/oauth2/v1/token" in str(error)


def test_a_network_error_quoting_a_proxy_url_is_redacted() -> None:
    from okta_api.api.user import list_users
    from okta_client import OktaConnectionError

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ProxyError("cannot reach http://proxy-user:PWSECRET@proxy.example:3128/?token=PWSECRET")

    client = OktaClient.from_config(
        org_url=ORG, token="t", max_retries=0, httpx_args={"transport": httpx.MockTransport(refuse)}
    )
    with pytest.raises(OktaConnectionError) as info:
        list_users.sync(client=client)
    assert "PWSECRET" not in str(info.value) and "proxy.example:3128" in str(info.value)


def test_redact_url_and_text() -> None:
    from okta_plugins._redact import redact_text, redact_url

    assert redact_url("https://a:b@dev-1.okta.com:8443/x?limit=2&token=t#frag") == (
        "https://<redacted>@dev-1.okta.com:8443/x?limit=2&token=<redacted>"
    )
    text = redact_text(
        "GET https://u:p@h/x?client_assertion=ey.J Authorization: SSWS 00abc "
        "[(b'Set-Cookie', b'sid=S1'), (b'Content-Type', b'application/json'), (b'dpop-nonce', b\"n'1\")]"
    )
    for secret in ("u:p", "ey.J", "00abc", "S1", "n'1"):
        assert secret not in text
    assert "(b'Content-Type', b'application/json')" in text


class _CookieJarServer(BaseHTTPRequestHandler):
    """Answers with secret-bearing headers of every kind, as a real server would send them."""

    def do_GET(self) -> None:
        body = b"[]"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Set-Cookie", "sid=SETCOOKIESECRET; Path=/; HttpOnly")
        self.send_header("set-cookie", "JSESSIONID=LOWERCASESECRET")
        self.send_header("DPoP-Nonce", "NONCESECRET")
        self.send_header("Link", '<http://127.0.0.1/api/v1/users?after=1&token=LINKSECRET>; rel="self"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_the_http_stacks_own_debug_records_carry_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    from okta_api.api.user import list_users

    server = ThreadingHTTPServer(("127.0.0.1", 0), _CookieJarServer)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        caplog.set_level(logging.DEBUG)  # every logger: httpx, httpcore.*, okta_api
        client = OktaClient.from_config(
            org_url=f"http://127.0.0.1:{server.server_address[1]}",
            token="SSWSTOKENSECRET",
            httpx_args={"cookies": {"session": "SENTCOOKIESECRET"}},
        ).with_headers({"Cookie": "other=SENTCOOKIESECRET2", "X-Okta-User-Agent-Extended": "x"})
        assert list_users.sync(client=client, search="PERSONALSECRET") == []
        assert asyncio.run(list_users.asyncio(client=client, search="PERSONALSECRET")) == []
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    names = {record.name for record in caplog.records}
    assert {"httpcore.http11", "httpcore.connection", "httpx"} <= names
    headers_seen = [
        record.getMessage() for record in caplog.records if "receive_response_headers.complete" in record.msg
    ]
    assert headers_seen and all("(b'Set-Cookie', b'<redacted>')" in message for message in headers_seen)
    # httpx's request lines; httpx 0.27 also logs its SSL context set-up under "httpx" (no request, no secret).
    httpx_records = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    requests = [message for message in httpx_records if message.startswith("HTTP Request:")]
    # The spec's default query parameters (limit, sortOrder, ...) differ between releases; search is redacted.
    sent = re.compile(r'/api/v1/users\?([^\s&]+&)*search=<redacted>(&[^\s&]+)* "HTTP/')
    assert requests and all(sent.search(message) for message in requests)
    secrets = ["SETCOOKIESECRET", "LOWERCASESECRET", "NONCESECRET", "LINKSECRET", "SSWSTOKENSECRET"]
    secrets += ["SENTCOOKIESECRET", "PERSONALSECRET"]
    for record in caplog.records:
        texts = [record.getMessage(), str(record.msg), *(str(arg) for arg in record.args or ())]
        for secret in secrets:
            assert all(secret not in text for text in texts), f"{secret} in a record of {record.name}"
    assert not any(secret in caplog.text for secret in secrets)
