"""requestTimeout bounds a call end to end: a body that trickles in over a real loopback socket is cut off."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from okta_api.api.user import list_users
from okta_client import OktaClient, OktaTimeoutError, TokenEndpointUnreachableError
from okta_plugins._deadline_network import DeadlineBackend, bound_network_by_deadline

BODY = b"[" + b" " * 200 + b"]"
"""Valid JSON, 20 s long at the trickle's 10 bytes a second."""

HEAD = (
    b"HTTP/1.1 200 OK\r\nX-Padding: " + b"p" * 200 + b"\r\n"  # 20 s of headers at the trickle's pace
    b"Content-Type: application/json\r\nContent-Length: " + str(len(BODY)).encode() + b"\r\n\r\n"
)


class TrickleServer:
    """Answers every request on 127.0.0.1 (keeping connections open) with 200 and sends the body (with
    ``head``, the status line and headers too) a byte every ``pace`` seconds."""

    def __init__(self, head: bool = False, pace: float = 0.1, tls: ssl.SSLContext | None = None) -> None:
        self.head, self.pace, self.tls = head, pace, tls
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self._listener.getsockname()[1]}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._serving = threading.Thread(target=self._serve, daemon=True)
        self._serving.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            thread = threading.Thread(target=self._answer, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _receive_request(self, connection: socket.socket) -> bool:
        request = b""
        while b"\r\n\r\n" not in request:
            try:
                received = connection.recv(4096)
            except TimeoutError:
                if self._stop.is_set():
                    return False
                continue
            if not received:
                return False
            request += received
        return True

    def _answer(self, connection: socket.socket) -> None:
        connection.settimeout(0.1)
        if self.tls is not None:
            connection.settimeout(5)
            try:
                connection = self.tls.wrap_socket(connection, server_side=True)
            except OSError:  # the client refused the certificate
                connection.close()
                return
            connection.settimeout(0.1)
        with connection:
            while self._receive_request(connection):
                message = HEAD + BODY
                sent = 0 if self.head else len(HEAD)
                try:
                    connection.sendall(message[:sent])
                    for start in range(sent, len(message)):
                        if self._stop.wait(self.pace):
                            return
                        connection.sendall(message[start : start + 1])
                except OSError:  # the client gave up: what the test wants
                    return

    def close(self) -> None:
        self._stop.set()
        self._serving.join()
        for thread in self._threads:
            thread.join()
        self._listener.close()


def _certificate(
    subject: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Certificate | None, signer: ec.EllipticCurvePrivateKey
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name if issuer is None else issuer.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=issuer is None, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer is None:
        usage = dict.fromkeys(("content_commitment", "data_encipherment", "key_agreement"), False)
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_encipherment=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
                **usage,
            ),
            critical=True,
        )
    else:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        ).add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()), critical=False)
    return builder.sign(signer, hashes.SHA256())


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A server context for 127.0.0.1 whose certificate a private CA signed, and a client context trusting that CA."""
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("Deadline Test CA", ca_key, None, ca_key)
    leaf = _certificate("127.0.0.1", server_key, ca, ca_key)
    folder: Path = tmp_path_factory.mktemp("tls")
    (folder / "server.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(folder / "server.pem", folder / "server.key")
    client = ssl.create_default_context(cadata=ca.public_bytes(serialization.Encoding.PEM).decode())
    return server, client


class SlowReader:
    """Accepts connections on 127.0.0.1 and reads what is sent 64 KB at a time, 20 times a second; never answers."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        # A small receive buffer (inherited by accepted sockets) keeps the sender waiting on this pace.
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen()
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._stop = threading.Event()
        self._serving = threading.Thread(target=self._serve, daemon=True)
        self._serving.start()

    def _serve(self) -> None:
        connections: list[socket.socket] = []
        while not self._stop.is_set():
            try:
                connections.append(self._listener.accept()[0])
                connections[-1].setblocking(False)
            except TimeoutError:
                pass
            for connection in connections:
                with contextlib.suppress(OSError):
                    connection.recv(64 * 1024)
            self._stop.wait(0.05)
        for connection in connections:
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._serving.join()
        self._listener.close()


@pytest.fixture
def trickle() -> Iterator[TrickleServer]:
    server = TrickleServer()
    yield server
    server.close()


@pytest.fixture
def prompt() -> Iterator[TrickleServer]:
    server = TrickleServer(pace=0)
    yield server
    server.close()


@pytest.fixture
def trickle_head() -> Iterator[TrickleServer]:
    server = TrickleServer(head=True)
    yield server
    server.close()


def client_for(server: TrickleServer) -> OktaClient:
    # readTimeout 2 s is never reached: a byte comes every 0.1 s.
    return OktaClient.from_config(org_url=server.url, token="t", request_timeout=1, read_timeout=2)


def test_a_trickling_body_is_cut_off_at_the_deadline(trickle: TrickleServer) -> None:
    started = time.monotonic()
    with pytest.raises(OktaTimeoutError, match=r"1 s deadline \(okta.client.requestTimeout\)"):
        list_users.sync(client=client_for(trickle))
    # Behaviour, not speed: the call ends near its deadline, not when the 20 s body is done.
    assert time.monotonic() - started < 10


def test_a_sync_call_whose_headers_trickle_is_cut_off_at_the_deadline(trickle_head: TrickleServer) -> None:
    started = time.monotonic()
    with pytest.raises(OktaTimeoutError, match=r"1 s deadline \(okta.client.requestTimeout\)"):
        list_users.sync(client=client_for(trickle_head))
    assert time.monotonic() - started < 10


def test_a_sync_token_request_whose_headers_trickle_is_cut_off_at_the_deadline(
    trickle_head: TrickleServer, rsa_pem: str
) -> None:
    # The org's token endpoint is the trickle server too: the call's deadline covers the token it waits for.
    client = OktaClient.from_config(
        org_url=trickle_head.url,
        authorization_mode="PrivateKey",
        client_id="0oa1",
        scopes="okta.users.read",
        private_key=rsa_pem,
        request_timeout=1,
        read_timeout=2,
    )
    started = time.monotonic()
    with pytest.raises(TokenEndpointUnreachableError, match=r"1 s deadline \(okta.client.requestTimeout\)"):
        list_users.sync(client=client)
    assert time.monotonic() - started < 10


def test_a_sync_call_through_a_proxy_whose_headers_trickle_is_cut_off_at_the_deadline(
    trickle_head: TrickleServer,
) -> None:
    # The trickle server plays the proxy: it answers the forwarded request. Port 9 is never reached.
    client = OktaClient.from_config(
        org_url="http://127.0.0.1:9",
        token="t",
        request_timeout=1,
        read_timeout=2,
        httpx_args={"proxy": trickle_head.url},
    )
    started = time.monotonic()
    with pytest.raises(OktaTimeoutError, match=r"1 s deadline \(okta.client.requestTimeout\)"):
        list_users.sync(client=client)
    assert time.monotonic() - started < 10


def test_a_custom_ca_in_httpx_args_is_trusted_sync_and_async(tls: tuple[ssl.SSLContext, ssl.SSLContext]) -> None:
    server_context, client_context = tls
    server = TrickleServer(pace=0, tls=server_context)
    try:
        client = OktaClient.from_config(org_url=server.url, token="t", httpx_args={"verify": client_context})
        assert list_users.sync_detailed(client=client).status_code == 200
        assert asyncio.run(list_users.asyncio_detailed(client=client)).status_code == 200
    finally:
        server.close()


def test_a_sync_call_over_tls_whose_headers_trickle_is_cut_off_at_the_deadline(
    tls: tuple[ssl.SSLContext, ssl.SSLContext],
) -> None:
    server_context, client_context = tls
    server = TrickleServer(head=True, tls=server_context)
    client = OktaClient.from_config(
        org_url=server.url, token="t", request_timeout=1, read_timeout=2, httpx_args={"verify": client_context}
    )
    started = time.monotonic()
    try:
        with pytest.raises(OktaTimeoutError, match=r"1 s deadline \(okta.client.requestTimeout\)"):
            list_users.sync(client=client)
    finally:
        server.close()
    assert time.monotonic() - started < 10


def test_a_sync_upload_the_server_reads_slowly_is_cut_off_at_the_deadline() -> None:
    server = SlowReader()
    # readTimeout 5 s is never reached by one write: the server takes 64 KB every 0.05 s (half a minute or more
    # for this body).
    client = OktaClient.from_config(org_url=server.url, token="t", request_timeout=2, read_timeout=5)
    started = time.monotonic()
    try:
        with pytest.raises(OktaTimeoutError, match=r"2 s deadline \(okta.client.requestTimeout\)"):
            client.get_httpx_client().post("/api/v1/users", content=iter([b"x" * 65536] * 640))
    finally:
        server.close()
    assert time.monotonic() - started < 15


def test_a_sync_client_with_a_deadline_still_reuses_its_connection(prompt: TrickleServer) -> None:
    client = OktaClient.from_config(org_url=prompt.url, token="t", request_timeout=60)
    for _ in range(3):
        assert list_users.sync_detailed(client=client).status_code == 200
    assert prompt.connections == 1


@pytest.mark.parametrize("proxy", [None, "http://127.0.0.1:9"])
def test_httpx_still_has_the_private_attributes_the_deadline_backend_needs(proxy: str | None) -> None:
    # If an httpx/httpcore upgrade renames HTTPTransport._pool or the pool's _network_backend, sync calls
    # lose their deadline over headers silently: this test is the alarm.
    transport = httpx.HTTPTransport(proxy=proxy)
    bound_network_by_deadline(transport)
    assert isinstance(transport._pool._network_backend, DeadlineBackend)


def test_an_async_trickling_body_is_cut_off_at_the_deadline(trickle: TrickleServer) -> None:
    started = time.monotonic()
    with pytest.raises(OktaTimeoutError, match="deadline"):
        asyncio.run(list_users.asyncio(client=client_for(trickle)))
    assert time.monotonic() - started < 10


def test_an_async_call_whose_headers_trickle_is_cut_off_at_the_deadline(trickle_head: TrickleServer) -> None:
    started = time.monotonic()
    with pytest.raises(OktaTimeoutError, match="deadline"):
        asyncio.run(list_users.asyncio(client=client_for(trickle_head)))
    assert time.monotonic() - started < 10


def test_the_default_configuration_has_a_deadline() -> None:
    client = OktaClient.from_config(org_url="https://dev-123.okta.com", token="t")
    assert client.config.request_timeout == 300.0
    assert client.config.connection_timeout > 0 and client.config.read_timeout > 0
