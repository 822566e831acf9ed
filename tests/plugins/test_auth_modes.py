"""SSWS and Bearer: header format, sync and async, and missing credentials."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from okta_client import MissingCredentialError, OktaClient

from tests.okta_fakes import ORG


def capture() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    return seen, httpx.MockTransport(handler)


@pytest.mark.parametrize(("mode", "expected"), [("SSWS", "SSWS 00abc"), ("Bearer", "Bearer 00abc")])
def test_header_sync_and_async(mode: str, expected: str) -> None:
    from okta_api.api.user import list_users

    seen, transport = capture()
    client = OktaClient.from_config(
        org_url=ORG,
        authorization_mode=mode,
        token="00abc",
        httpx_args={"transport": transport},
    )
    list_users.sync_detailed(client=client)
    asyncio.run(list_users.asyncio_detailed(client=client))
    assert [request.headers["authorization"] for request in seen] == [
        expected,
        expected,
    ]
    assert all(request.url.copy_with(query=None) == httpx.URL(f"{ORG}/api/v1/users") for request in seen)


def test_mode_names_are_case_insensitive() -> None:
    seen, transport = capture()
    client = OktaClient.from_config(
        org_url=ORG,
        authorization_mode="ssws",
        token="t",
        httpx_args={"transport": transport},
    )
    client.get_httpx_client().get("/api/v1/users")
    assert seen[0].headers["authorization"] == "SSWS t"


@pytest.mark.parametrize("mode", ["SSWS", "Bearer"])
def test_missing_token(mode: str) -> None:
    with pytest.raises(MissingCredentialError, match="OKTA_CLIENT_TOKEN"):
        OktaClient.from_config(org_url=ORG, authorization_mode=mode)


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKTA_CLIENT_ORGURL", ORG)
    monkeypatch.setenv("OKTA_CLIENT_TOKEN", "from-env")
    seen, transport = capture()
    OktaClient.from_config(httpx_args={"transport": transport}).get_httpx_client().get("/api/v1/users")
    assert seen[0].headers["authorization"] == "SSWS from-env"


def test_with_headers_keeps_plugins() -> None:
    seen, transport = capture()
    client = OktaClient.from_config(org_url=ORG, token="t", httpx_args={"transport": transport})
    other = client.with_headers({"X-Extra": "1"})
    assert isinstance(other, OktaClient)
    other.get_httpx_client().get("/api/v1/users")
    assert seen[0].headers["authorization"] == "SSWS t"
    assert seen[0].headers["x-extra"] == "1"
