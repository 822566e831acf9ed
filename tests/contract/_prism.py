"""Prism, the mock server: started on a free loopback port, asked for a status per request.

Prism (`@stoplight/prism-cli`, pinned in package.json) runs in `--errors` mode, so a request that
breaks the spec gets a 422 (or the spec's own 4xx) instead of the status asked for.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

import httpx

from ._spec import ROOT

PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 120.0
DYNAMIC_SEED = "okta-contract"
"""Seeds Prism's generated answers: the same spec gives the same answers on every run."""


class PrismUnavailable(RuntimeError):
    """Node.js or Prism is missing, or Prism did not start; the message says what to do."""


@dataclass
class Exchange:
    """The status asked of Prism and the last request the client sent.

    Prism takes its instructions from a `Prefer: code=...` header, or from its `__code` query
    parameter when no `Prefer` is sent. An operation with a `Prefer` header parameter of its own
    (deleteUser's optional `respond-async`) cannot carry `code=...` too: Prism checks the header
    against the spec's enum. Such a request keeps its own value when the status asked for is
    `default`, the one Prism answers unasked (its lowest 2xx); for any other status it is sent
    without it, asking with `__code`.

    `dynamic` asks for an answer generated from the schema (json-schema-faker, seeded) instead of
    the static one, whose sampler ignores `pattern` (see `test_prism.static_sampler_limit`).
    """

    prefer: int | None = None
    default: int | None = None
    dynamic: bool = False
    request: httpx.Request | None = None
    dropped: str | None = None
    """The operation's own `Prefer` value left out to ask for the status with `__code`, if any."""


_exchange: ContextVar[Exchange | None] = ContextVar("contract_exchange", default=None)


def on_request(request: httpx.Request) -> None:
    """An httpx request event hook: asks Prism for the status and keeps the request, inside `exchange()`."""
    current = _exchange.get()
    if current is None:
        return
    own = request.headers.get("Prefer")
    wishes = {"code": str(current.prefer)} if current.prefer is not None else {}
    if current.dynamic:
        wishes.update(dynamic="true", seed=DYNAMIC_SEED)
    if not wishes:
        pass
    elif own is None:
        request.headers["Prefer"] = ", ".join(f"{key}={value}" for key, value in wishes.items())
    elif current.prefer != current.default:
        current.dropped = own
        del request.headers["Prefer"]
        request.url = request.url.copy_merge_params({f"__{key}": value for key, value in wishes.items()})
    current.request = request


@contextlib.contextmanager
def exchange(status: int | None, default: int | None = None, *, dynamic: bool = False) -> Iterator[Exchange]:
    """Ask Prism for `status` on requests made in this block, and keep the last one.

    `default` is the status Prism answers when not asked (the operation's lowest 2xx).
    """
    current = Exchange(prefer=status, default=default, dynamic=dynamic)
    token = _exchange.set(current)
    try:
        yield current
    finally:
        _exchange.reset(token)


def missing() -> str | None:
    """What is missing to run Prism, or None."""
    if shutil.which("node") is None:
        return "Node.js is not on PATH: install Node.js 20+ and run `npm ci` (`make test` runs it)"
    if not PRISM_BIN.exists():
        return f"Prism is not installed ({PRISM_BIN} missing): run `npm ci` at the repository root (`make test` does)"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-4000:]


def _wait_ready(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PrismUnavailable(f"Prism exited with status {process.returncode}:\n{_tail(log)}")
        try:
            # Any answer (Prism's 404 for an unknown path) means it is listening.
            httpx.get(f"{url}/__contract_ready__", timeout=2.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise PrismUnavailable(f"Prism did not answer within {STARTUP_SECONDS:.0f}s:\n{_tail(log)}")


@contextlib.contextmanager
def running_prism(spec: Path, log: Path) -> Iterator[str]:
    """Prism mocking `spec` on 127.0.0.1 while the block runs; yields its base URL."""
    problem = missing()
    if problem is not None:
        raise PrismUnavailable(problem)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = [str(PRISM_BIN), "mock", str(spec), "--errors", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as sink:
        # Its own process group, so that stopping it also stops any node child it forks.
        process = subprocess.Popen(
            [*command, "--verboseLevel", "warn"], stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        _wait_ready(process, url, log)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
