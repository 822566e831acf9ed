"""Proxies and TLS as httpx users expect: environment proxies, NO_PROXY, a configured proxy winning,
a custom CA bundle, and verification turned off only by the explicit, warned setting."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from okta_client import ConfigError, OktaClient, OktaError

from tests.plugins.test_resilience_deadline import _certificate


class _Recorder(BaseHTTPRequestHandler):
    """Answers every GET with who answered; records the request line's target and headers."""

    server: _Server

    def do_GET(self) -> None:
        self.server.seen.append((self.path, dict(self.headers)))
        body = json.dumps({"via": self.server.name}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, name: str, tls: ssl.SSLContext | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Recorder)
        self.name = name
        self.seen: list[tuple[str, dict[str, str]]] = []
        if tls is not None:
            self.socket = tls.wrap_socket(self.socket, server_side=True)
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A refused TLS handshake is the point of some tests: no traceback."""


@pytest.fixture
def servers() -> Iterator[tuple[_Server, _Server]]:
    """A plain-http org at 127.0.0.1 and a recording forward proxy that answers for it."""
    started = [_Server("org"), _Server("proxy")]
    threads = [threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True) for server in started]
    for thread in threads:
        thread.start()
    yield started[0], started[1]
    for server in started:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "ssl_cert_file", "ssl_cert_dir"):
            monkeypatch.delenv(name)


def _via(client: OktaClient) -> str:
    via: str = client.get_httpx_client().get("/api/v1/users").json()["via"]
    return via


async def _via_async(client: OktaClient) -> str:
    response = await client.get_async_httpx_client().get("/api/v1/users")
    via: str = response.json()["via"]
    return via


def _client(org: _Server, **overrides: Any) -> OktaClient:
    return OktaClient.from_config(org_url=org.url, token="t0k", max_retries=0, **overrides)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_environment_proxies_are_used_sync_and_async(
    servers: tuple[_Server, _Server], monkeypatch: pytest.MonkeyPatch, variable: str, caplog: pytest.LogCaptureFixture
) -> None:
    org, proxy = servers
    monkeypatch.setenv(variable, proxy.url)
    caplog.set_level(logging.DEBUG, logger="okta_api.http")
    assert _via(_client(org)) == "proxy"
    assert asyncio.run(_via_async(_client(org))) == "proxy"
    assert [target for target, _ in proxy.seen] == [f"{org.url}/api/v1/users"] * 2
    assert org.seen == []
    # The proxied route still goes through OktaTransport: its log record of the exchange is there.
    logged = [record for record in caplog.records if record.name == "okta_api.http"]
    assert len(logged) == 2 and all("/api/v1/users -> 200" in record.getMessage() for record in logged)


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "localhost,127.0.0.1", "*"])
def test_no_proxy_bypasses_the_environment_proxy(
    servers: tuple[_Server, _Server], monkeypatch: pytest.MonkeyPatch, no_proxy: str
) -> None:
    org, proxy = servers
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    assert _via(_client(org)) == "org"
    assert asyncio.run(_via_async(_client(org))) == "org"
    assert proxy.seen == []


def test_trust_env_false_ignores_environment_proxies(
    servers: tuple[_Server, _Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    org, proxy = servers
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    assert _via(_client(org, httpx_args={"trust_env": False})) == "org"
    assert proxy.seen == []


def test_a_configured_proxy_wins_over_the_environment_and_sends_its_credentials(
    servers: tuple[_Server, _Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    org, proxy = servers
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    port = int(proxy.url.rsplit(":", 1)[1])
    monkeypatch.setenv("OKTA_CLIENT_PROXY_HOST", "127.0.0.1")
    monkeypatch.setenv("OKTA_CLIENT_PROXY_PORT", str(port))
    client = _client(org, proxy_username="svc", proxy_password="pr0xy-s3cret")
    assert _via(client) == "proxy"
    assert asyncio.run(_via_async(client)) == "proxy"
    assert proxy.seen[0][1]["Proxy-Authorization"] == "Basic c3ZjOnByMHh5LXMzY3JldA=="  # svc:pr0xy-s3cret
    assert "pr0xy-s3cret" not in repr(client) + repr(client.config)


def test_the_proxy_password_is_in_no_error_or_log(
    servers: tuple[_Server, _Server], caplog: pytest.LogCaptureFixture
) -> None:
    org, _ = servers
    caplog.set_level(logging.DEBUG)
    client = _client(org, proxy_host="127.0.0.1", proxy_port=9, proxy_username="svc", proxy_password="pr0xy-s3cret")
    with pytest.raises((OktaError, httpx.TransportError)) as caught:
        client.get_httpx_client().get("/api/v1/users")
    assert "pr0xy-s3cret" not in f"{caught.value!s} {caught.value!r} {caplog.text}"


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, Path]:
    """A server context for 127.0.0.1 signed by a private CA, and that CA's PEM file."""
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("Config Test CA", ca_key, None, ca_key)
    leaf = _certificate("127.0.0.1", server_key, ca, ca_key)
    folder: Path = tmp_path_factory.mktemp("tls")
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "server.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(folder / "server.pem", folder / "server.key")
    return server, folder / "ca.pem"


@pytest.fixture
def tls_org(tls: tuple[ssl.SSLContext, Path]) -> Iterator[_Server]:
    server = _Server("tls-org", tls=tls[0])
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_an_unknown_ca_is_refused_by_default(tls_org: _Server) -> None:
    with pytest.raises((OktaError, httpx.TransportError), match="CERTIFICATE_VERIFY_FAILED"):
        _via(_client(tls_org))


def test_a_ca_bundle_setting_is_trusted_sync_and_async(
    tls_org: _Server, tls: tuple[ssl.SSLContext, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _via(_client(tls_org, ca_bundle=str(tls[1]))) == "tls-org"
    monkeypatch.setenv("OKTA_CLIENT_CABUNDLE", str(tls[1]))
    assert asyncio.run(_via_async(_client(tls_org))) == "tls-org"


def test_ssl_cert_file_is_trusted_as_in_httpx(
    tls_org: _Server, tls: tuple[ssl.SSLContext, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls[1]))
    assert _via(_client(tls_org)) == "tls-org"


def test_a_missing_ca_bundle_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"okta.client.caBundle .*missing.pem"):
        OktaClient.from_config(org_url="https://dev-1.okta.com", token="t", ca_bundle=str(tmp_path / "missing.pem"))


def test_skipping_verification_takes_the_explicit_setting_and_warns_on_every_client(
    tls_org: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.warns(UserWarning, match="insecureSkipTlsVerify"):
        client = _client(tls_org, insecure_skip_tls_verify=True)
    assert _via(client) == "tls-org"
    monkeypatch.setenv("OKTA_CLIENT_INSECURESKIPTLSVERIFY", "true")
    with pytest.warns(UserWarning, match="verification is OFF"):
        _client(tls_org)


@pytest.mark.parametrize("verify", [False, "unverified-context"])
def test_httpx_args_cannot_turn_verification_off_silently(tls_org: _Server, verify: object) -> None:
    if verify == "unverified-context":
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        verify = context
    with pytest.raises(ConfigError, match="insecureSkipTlsVerify"):
        _client(tls_org, httpx_args={"verify": verify})


def test_httpx_args_mounts_go_through_the_transport_wrapper_sync_and_async(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="okta_api.http")
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"via": "mount"})

    mounts = {"https://other.example": httpx.MockTransport(reply)}
    client = OktaClient.from_config(org_url="https://dev-1.okta.com", token="t", httpx_args={"mounts": mounts})
    client.get_httpx_client().get("https://other.example/x", headers={"Authorization": "SSWS not-for-them"})
    async_client = OktaClient.from_config(
        org_url="https://dev-1.okta.com", token="t", httpx_args={"mounts": mounts | {"all://": None}}
    )

    async def call() -> None:
        await async_client.get_async_httpx_client().get("https://other.example/x", headers={"Authorization": "x"})

    asyncio.run(call())
    assert len(seen) == 2 and all("Authorization" not in request.headers for request in seen)
    logged = [record.getMessage() for record in caplog.records if record.name == "okta_api.http"]
    assert len(logged) == 2 and all("GET /x -> 200" in message for message in logged), logged
