"""An in-process stand-in for an Okta org: answers through httpx.MockTransport and records requests."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

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
