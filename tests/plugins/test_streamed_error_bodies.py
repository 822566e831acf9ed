"""An error raised on a response carries its body, even when the transport streams it (as a real one does).

httpx reads a body only after the auth flow returns, and closes the response when an error leaves it:
a status the runtime raises on (any outside 2xx, redirects included) or a response a plugin raises on
must be read before, or `error.response.content` raises `httpx.ResponseNotRead`.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from okta_api.api.user import list_users
from okta_client import OktaApiError, OktaClient
from okta_plugins import hookimpl

ORG = "https://dev-1.okta.com"
BODY = b'{"errorCode": "E0000001", "errorSummary": "streamed"}'


def streaming(status: int) -> httpx.MockTransport:
    """Answers `status` with a body that is a stream, not in-memory content."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status,
            headers={"Content-Type": "application/json", "Location": f"{ORG}/elsewhere"},
            stream=httpx.ByteStream(BODY),
        )

    return httpx.MockTransport(answer)


def client_for(status: int, **config: object) -> OktaClient:
    return OktaClient.from_config(org_url=ORG, token="t", httpx_args={"transport": streaming(status)}, **config)


class Refuse(OktaApiError):
    """What a plugin raises on a success it refuses."""


class RefusingPlugin:
    @hookimpl
    def okta_observe_response(self, response: httpx.Response) -> None:
        raise Refuse(response)


@pytest.mark.parametrize("status", [301, 302, 303, 304, 307, 308, 400, 404, 500])
def test_an_error_status_body_is_readable_from_the_error(status: int) -> None:
    with pytest.raises(OktaApiError) as raised:
        list_users.sync_detailed(client=client_for(status))
    assert raised.value.response.content == BODY
    with pytest.raises(OktaApiError) as raised_async:
        asyncio.run(list_users.asyncio_detailed(client=client_for(status)))
    assert raised_async.value.response.content == BODY


def test_a_success_a_plugin_raises_on_keeps_its_body() -> None:
    with pytest.raises(Refuse) as raised:
        list_users.sync_detailed(client=client_for(200, plugins=[RefusingPlugin()]))
    assert raised.value.response.content == BODY
    with pytest.raises(Refuse) as raised_async:
        asyncio.run(list_users.asyncio_detailed(client=client_for(200, plugins=[RefusingPlugin()])))
    assert raised_async.value.response.content == BODY


def test_a_streamed_success_is_not_read_before_the_caller_reads_it() -> None:
    client = client_for(200)
    with client.get_httpx_client().stream("GET", "/api/v1/users") as response:
        assert not response.is_stream_consumed
        assert response.read() == BODY
