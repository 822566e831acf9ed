"""Contract-test fixtures: Prism on a loopback port, clients pointed at it, and the coverage report.

Prism runs once per session on build/okta-openapi.json, which `python -m okta_codegen normalize`
(re)writes first (see `_spec.normalize_spec`). Missing Node.js or Prism fails the tests with what to do; they are
never skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ._prism import PrismUnavailable, on_request, running_prism
from ._report import RESULTS, report_lines
from ._spec import load_spec


def bearer_scopes() -> tuple[str, ...]:
    """Every scope an OAuth-only operation of the spec asks for (our governance API, some of Okta's)."""
    spec = load_spec()
    return tuple(
        sorted(
            {
                scope
                for item in spec["paths"].values()
                for operation in item.values()
                if isinstance(operation, dict)
                for requirement in operation.get("security") or []
                if set(requirement) == {"oauth2"}
                for scope in requirement["oauth2"]
            }
        )
    )


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism mocking a freshly normalized build/okta-openapi.json; its base URL."""
    folder = tmp_path_factory.mktemp("prism")
    # Prism serves a private copy of what the tests read: it restarts whenever its file changes, and
    # build/ is rewritten by every `okta_codegen normalize` or `generate` run.
    snapshot = folder / "okta-openapi.json"
    snapshot.write_text(json.dumps(load_spec()), encoding="utf-8")
    try:
        with running_prism(snapshot, folder / "prism.log") as url:
            yield url
    except PrismUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)


def _client(url: str, **config: Any) -> Any:
    from okta_client import OktaClient, OktaConfig

    # No okta.yaml or OKTA_CLIENT_* is read: the configuration is exactly this. No retries: a 429
    # or 5xx asked of Prism is the answer under test.
    settings = OktaConfig(org_url=url, max_retries=0, request_timeout=30, **config)
    # No keep-alive: Prism closes idle connections after 5 s, and reusing a closed one fails a test.
    transport = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    args = {"event_hooks": {"request": [on_request]}, "transport": transport}
    return OktaClient.from_okta_config(settings, httpx_args=args)


@pytest.fixture(scope="session")
def clients(prism_url: str) -> Iterator[dict[bool, Any]]:
    """By `SpecOperation.bearer`: an SSWS client, and a Bearer one for the OAuth-only operations."""
    made = {
        False: _client(prism_url, token="contract-ssws-token"),
        True: _client(prism_url, authorization_mode="Bearer", token="contract-access-token", scopes=bearer_scopes()),
    }
    yield made
    for client in made.values():
        client.get_httpx_client().close()


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The normalized spec, freshly written to build/okta-openapi.json (shared: do not mutate)."""
    return load_spec()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The coverage report: operations contract-tested / total, per tag, and the known exceptions."""
    if not (RESULTS.prism or RESULTS.requests or RESULTS.responses or RESULTS.models):
        return
    terminalreporter.section("contract coverage")
    for line in report_lines():
        terminalreporter.write_line(line)
