"""requestTimeout bounds a call end to end: a body that trickles in over a real loopback socket is cut off."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from okta_api.api.user import list_users
from okta_client import OktaClient, OktaTimeoutError

BODY = b"[" + b" " * 200 + b"]"
"""Valid JSON, 20 s long at the trickle's 10 bytes a second."""


class TrickleServer:
    """Answers every request on 127.0.0.1 with 200 and sends the body (with ``head``, the status line
    and headers too) 10 bytes a second."""

    def __init__(self, head: bool = False) -> None:
        self.head = head
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
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
            thread = threading.Thread(target=self._answer, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            request = b""
            while b"\r\n\r\n" not in request:
                received = connection.recv(4096)
                if not received:
                    return
                request += received
            padding = f"X-Padding: {'p' * 200}\r\n"  # 20 s of headers at the trickle's pace
            head = f"HTTP/1.1 200 OK\r\n{padding}Content-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n"
            message = head.encode() + BODY
            sent = 0 if self.head else len(head)
            try:
                connection.sendall(message[:sent])
                for start in range(sent, len(message)):
                    if self._stop.wait(0.1):
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


@pytest.fixture
def trickle() -> Iterator[TrickleServer]:
    server = TrickleServer()
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
