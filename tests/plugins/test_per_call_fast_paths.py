"""The shortcuts on every call's path (see bench/results.md, "Per call") change nothing a caller can see."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from okta_client import NotFoundError, OktaClient, PluginHookError, ResponseDecodeError
from okta_plugins import hookimpl
from okta_plugins._clock import SystemClock
from okta_plugins._deadline import Deadline, current_deadline, deadline_scope, enter_deadline, leave_deadline
from okta_plugins._origin import CredentialOrigin


def test_entering_the_deadline_in_force_again_keeps_it_in_force_after_leaving() -> None:
    outer = Deadline(SystemClock(), 5)
    with deadline_scope(outer):
        token = enter_deadline(outer)  # the transport, inside the retry loop's scope: nothing to change
        leave_deadline(token)
        assert current_deadline() is outer
    assert current_deadline() is None


def test_a_different_deadline_is_put_in_force_and_the_outer_one_restored() -> None:
    outer, inner = Deadline(SystemClock(), 5), Deadline(SystemClock(), 1)
    with deadline_scope(outer):
        token = enter_deadline(inner)
        assert current_deadline() is inner
        leave_deadline(token)
        assert current_deadline() is outer
    token = enter_deadline(None)
    assert current_deadline() is None
    leave_deadline(token)
    assert current_deadline() is None


ORG = "https://dev-1.okta.com"


def _client(status: int = 200, body: bytes = b'{"id": "00u1"}', **overrides: Any) -> OktaClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    return OktaClient.from_config(
        org_url=ORG, token="00t", httpx_args={"transport": httpx.MockTransport(answer)}, **overrides
    )


class Observer:
    def __init__(self) -> None:
        self.seen: list[int] = []

    @hookimpl
    def okta_observe_response(self, response: httpx.Response) -> None:
        self.seen.append(response.status_code)


class Yamlish:
    """Answers every JSON body with a marker, so that its answer is recognisable."""

    @hookimpl
    def okta_deserialize_body(self, as_text: bool) -> object:
        return None if as_text else {"decoded": "by a third party"}


def test_an_observer_registered_after_the_client_is_built_sees_a_2xx() -> None:
    client = _client()
    assert client.get_httpx_client().get("/api/v1/users/me").json() == {"id": "00u1"}
    observer = Observer()
    client.hooks.register(observer, "late.observer")
    client.get_httpx_client().get("/api/v1/users/me")
    assert observer.seen == [200]


def test_an_observer_registered_on_the_manager_directly_runs_before_the_status_error() -> None:
    client = _client(status=404, body=b'{"errorCode": "E0000007"}')
    observer = Observer()
    client.hooks.manager.register(observer, "direct.observer")
    with pytest.raises(NotFoundError):
        client.get_httpx_client().get("/api/v1/users/me")
    assert observer.seen == [404]


def test_a_deserializer_registered_after_the_client_is_built_answers() -> None:
    client = _client()
    http = client.get_httpx_client()
    assert http.get("/api/v1/users/me").json() == {"id": "00u1"}
    client.hooks.register(Yamlish(), "late.decoder")
    assert http.get("/api/v1/users/me").json() == {"decoded": "by a third party"}
    client.hooks.unregister(client.hooks.manager.get_plugin("late.decoder"))
    assert http.get("/api/v1/users/me").json() == {"id": "00u1"}


def test_a_body_no_built_in_decodes_is_still_a_typed_decode_error() -> None:
    with pytest.raises(ResponseDecodeError):
        _client(body=b"<html>not json").get_httpx_client().get("/api/v1/users/me").json()
    http = _client(body=b'{"id": "00u1"', plugins_block="okta.errors").get_httpx_client()
    with pytest.raises(ValueError) as raised:
        http.get("/api/v1/users/me").json()
    assert not isinstance(raised.value, ResponseDecodeError)


def test_without_okta_errors_an_error_response_comes_back_raw() -> None:
    response = _client(status=404, body=b'{"errorCode": "E0000007"}', plugins_block="okta.errors").get_httpx_client()
    assert response.get("/api/v1/users/me").json() == {"errorCode": "E0000007"}


def test_hook_call_monitoring_sees_every_per_call_hook() -> None:
    client = _client()
    called: list[str] = []
    undo = client.hooks.manager.add_hookcall_monitoring(
        lambda name, impls, kwargs: called.append(name), lambda *a: None
    )
    try:
        client.get_httpx_client().get("/api/v1/users/me").json()
    finally:
        undo()
    assert {"okta_observe_response", "okta_deserialize_body"} <= set(called)


class BrokenDecoder:
    @hookimpl
    def okta_deserialize_body(self) -> object:
        raise KeyError("a bug in the plugin")


def test_a_late_third_party_decoder_that_fails_is_named() -> None:
    client = _client()
    client.hooks.register(BrokenDecoder(), "late.broken")
    with pytest.raises(PluginHookError) as raised:
        client.get_httpx_client().get("/api/v1/users/me").json()
    assert raised.value.plugin == "late.broken"


def test_the_origin_check_remembers_only_an_allowed_url() -> None:
    origin = CredentialOrigin(ORG)
    allowed = httpx.URL(f"{ORG}/api/v1/users")
    assert origin.allows(allowed) and origin.allows(allowed)
    foreign = httpx.URL("https://evil.example/api/v1/users")
    assert not origin.allows(foreign) and not origin.allows(foreign)
    assert not origin.allows(httpx.URL("http://dev-1.okta.com/api/v1/users"))
    assert origin.allows(allowed)
    request = httpx.Request("GET", foreign, headers={"Authorization": "SSWS 00t"})
    origin.strip_if_foreign(request)
    assert "authorization" not in request.headers
