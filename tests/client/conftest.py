"""A generated client wired to an in-process mock transport that records each request."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from okta_api.client import Client

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Answers every request with `reply` and keeps the requests it saw."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.reply: Handler = lambda request: httpx.Response(200, json={})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.reply(request)

    def respond(self, status: int, body: Any = None, **kwargs: Any) -> None:
        content = body if isinstance(body, (bytes, str)) else json.dumps(body).encode()
        self.reply = lambda request: httpx.Response(status, content=content, **kwargs)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Client:
    transport = httpx.MockTransport(recorder)
    return Client(base_url="https://dev-123456.okta.com", httpx_args={"transport": transport})


@pytest.fixture
def async_client(recorder: Recorder) -> Client:
    transport = httpx.MockTransport(recorder)
    return Client(base_url="https://dev-123456.okta.com", httpx_args={"transport": transport})
