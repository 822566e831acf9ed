"""Fakes for the resilience tests: a clock that never sleeps, and a scripted Okta endpoint."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from email.utils import formatdate
from typing import Any

import httpx

ORG = "https://dev-123.okta.com"
TOKEN = "00-ssws-token-that-must-never-be-logged"
START = 1_700_000_000.0


class FakeClock:
    """Wall and monotonic time that advance only when someone sleeps; records every sleep."""

    def __init__(self, start: float = START) -> None:
        self.now = start
        self.mono = 0.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0, "negative sleep"
        self.sleeps.append(seconds)
        self.now += seconds
        self.mono += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def http_date(epoch: float) -> str:
    return formatdate(epoch, usegmt=True)


def rate_limited(clock: FakeClock, reset_in: int, request_id: str = "rid-429", **headers: str) -> httpx.Response:
    """A 429 as Okta sends it: reset ``reset_in`` seconds after the server's ``Date``."""
    return httpx.Response(
        429,
        headers={
            "X-Rate-Limit-Limit": "600",
            "X-Rate-Limit-Remaining": "0",
            "X-Rate-Limit-Reset": str(int(clock.now) + reset_in),
            "Date": http_date(clock.now),
            "X-Okta-Request-Id": request_id,
            **headers,
        },
        json={"errorCode": "E0000047", "errorSummary": "API call exceeded rate limit due to too many requests."},
    )


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """An MockTransport handler answering from a script; the last reply repeats. Records requests."""

    def __init__(self, replies: Iterable[Reply] = ()) -> None:
        self.replies: list[Reply] = list(replies)
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A retry resends the same Request object: keep a copy of each attempt as it was sent.
        snapshot = httpx.Request(
            request.method,
            request.url,
            headers=request.headers.copy(),
            content=request.read(),
            extensions=dict(request.extensions),
        )
        with self._lock:
            self.requests.append(snapshot)
            reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)


def ok(body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(200, json=[] if body is None else body, headers={"X-Okta-Request-Id": "rid-ok", **headers})


def build_client(script: Callable[[httpx.Request], httpx.Response], clock: FakeClock, **overrides: Any) -> Any:
    from okta_client import OktaClient

    settings: dict[str, Any] = {"org_url": ORG, "token": TOKEN}
    settings.update(overrides)
    transport = httpx.MockTransport(script)
    return OktaClient.from_config(httpx_args={"transport": transport}, clock=clock, **settings)
