"""The plugin framework: hookspecs, built-ins ordered last, discovery, blocking, the typed facade."""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pluggy
import pytest
from okta_client import ConfigError, NoAuthPluginError, OktaClient, OktaConfig, PluginLoadError
from okta_plugins import hookimpl
from okta_plugins._manager import BUILTIN_PLUGINS, build_plugin_manager

from tests.okta_fakes import ORG


class Recorder:
    """A plugin that records what the request and response hooks see."""

    def __init__(self) -> None:
        self.prepared: list[tuple[str | None, str | None, tuple[str, ...] | None]] = []
        self.observed: list[int] = []

    @hookimpl
    def okta_prepare_request(self, request: httpx.Request, operation: Any, config: OktaConfig) -> None:
        request.headers["X-Recorded"] = "yes"
        self.prepared.append(
            (operation.operation_id, operation.tag, operation.scopes) if operation else (None, None, None)
        )

    @hookimpl
    def okta_observe_response(
        self,
        request: httpx.Request,
        response: httpx.Response,
        operation: Any,
        config: OktaConfig,
    ) -> None:
        self.observed.append(response.status_code)


def echo(request: httpx.Request) -> httpx.Response:
    """Answers with the headers under test, as a one-item list so generated list parsers accept it."""
    return httpx.Response(
        200, json=[{"auth": request.headers.get("authorization"), "x": request.headers.get("x-recorded")}]
    )


@pytest.fixture
def client() -> OktaClient:
    return OktaClient.from_config(
        org_url=ORG,
        token="api-token",
        httpx_args={"transport": httpx.MockTransport(echo)},
    )


@pytest.fixture
def recorder(client: OktaClient) -> Iterator[Recorder]:
    """A plugin registered for one test and unregistered after it."""
    plugin = Recorder()
    with client.hooks.plugin(plugin, name="recorder"):
        yield plugin
    assert client.hooks.manager.get_plugin("recorder") is None


def test_builtins_are_registered_by_name() -> None:
    manager = build_plugin_manager()
    for name in BUILTIN_PLUGINS:
        assert manager.get_plugin(name) is not None


def test_builtin_hookimpls_are_trylast() -> None:
    manager = build_plugin_manager()
    for impl in manager.hook.okta_auth.get_hookimpls():
        assert impl.trylast, impl.plugin_name


def test_request_hooks_see_the_operation(client: OktaClient, recorder: Recorder) -> None:
    from okta_api.api.user import list_users

    response = list_users.sync_detailed(client=client)
    assert json.loads(response.content)[0] == {"auth": "SSWS api-token", "x": "yes"}
    assert recorder.prepared == [("listUsers", "User", ("okta.users.read",))]
    assert recorder.observed == [200]


def test_request_hooks_run_for_async_calls(client: OktaClient, recorder: Recorder) -> None:
    import asyncio

    from okta_api.api.user import list_users

    response = asyncio.run(list_users.asyncio_detailed(client=client))
    assert json.loads(response.content)[0]["x"] == "yes"
    assert recorder.prepared == [("listUsers", "User", ("okta.users.read",))]


def test_plugin_is_gone_after_its_test(client: OktaClient) -> None:
    response = client.get_httpx_client().get("/api/v1/users")
    assert response.json()[0]["x"] is None


def test_hooks_registered_after_requests_still_run(client: OktaClient) -> None:
    # No plugin implements okta_prepare_request at first, so requests skip it; a plugin registered
    # later, through the facade or on the pluggy manager directly, must be called from then on.
    assert client.get_httpx_client().get("/api/v1/users").json()[0]["x"] is None
    direct = Recorder()
    client.hooks.manager.register(direct)
    try:
        assert client.get_httpx_client().get("/api/v1/users").json()[0]["x"] == "yes"
        assert direct.prepared == [(None, None, None)]
        assert direct.observed == [200]
    finally:
        client.hooks.unregister(direct)
    assert client.get_httpx_client().get("/api/v1/users").json()[0]["x"] is None
    assert len(direct.prepared) == 1


def test_operation_shape_is_judged_per_object_unless_the_type_decides() -> None:
    from types import SimpleNamespace

    from okta_api.api.user import list_users
    from okta_plugins._operation import as_operation

    assert as_operation(list_users.OPERATION) is list_users.OPERATION
    assert as_operation(None) is None
    assert as_operation({"operation_id": "x"}) is None
    # Instances of one type may differ in their attributes: a verdict on one says nothing of the next.
    whole = SimpleNamespace(operation_id="x", method="GET", path="/x", tag="X", scopes=())
    partial = SimpleNamespace(operation_id="x")
    assert as_operation(whole) is whole
    assert as_operation(partial) is None
    assert as_operation(whole) is whole


def test_third_party_auth_overrides_builtin() -> None:
    class Custom(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
            request.headers["Authorization"] = "Custom 1"
            yield request

    class Plugin:
        @hookimpl
        def okta_auth(self, config: OktaConfig, mode: str) -> httpx.Auth | None:
            return Custom() if mode == "SSWS" else None

    client = OktaClient.from_config(
        org_url=ORG,
        token="api-token",
        plugins=[Plugin()],
        httpx_args={"transport": httpx.MockTransport(echo)},
    )
    assert client.get_httpx_client().get("/x").json()[0]["auth"] == "Custom 1"


def test_a_subclass_of_a_header_credential_keeps_its_own_flow() -> None:
    # OperationAuth calls HeaderAuth.authorize directly; a subclass with its own flow must still run it.
    from okta_plugins.auth.ssws import SSWSAuth

    class Retagging(SSWSAuth):
        def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
            self.authorize(request)
            request.headers["X-Recorded"] = "own flow"
            yield request

    class Plugin:
        @hookimpl
        def okta_auth(self, config: OktaConfig, mode: str) -> httpx.Auth | None:
            return Retagging("api-token") if mode == "SSWS" else None

    client = OktaClient.from_config(
        org_url=ORG, token="api-token", plugins=[Plugin()], httpx_args={"transport": httpx.MockTransport(echo)}
    )
    assert client.get_httpx_client().get("/x").json()[0] == {"auth": "SSWS api-token", "x": "own flow"}


def test_wrapper_plugin_wraps_the_builtin_auth() -> None:
    class Tagging(httpx.Auth):
        def __init__(self, inner: httpx.Auth) -> None:
            self.inner = inner

        def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
            request.headers["X-Recorded"] = "wrapped"
            yield from self.inner.auth_flow(request)

    class Wrapper:
        @hookimpl(wrapper=True)
        def okta_auth(self, config: OktaConfig, mode: str) -> Generator[None, httpx.Auth | None, httpx.Auth | None]:
            inner = yield
            return None if inner is None else Tagging(inner)

    client = OktaClient.from_config(
        org_url=ORG,
        token="api-token",
        plugins=[Wrapper()],
        httpx_args={"transport": httpx.MockTransport(echo)},
    )
    assert client.get_httpx_client().get("/x").json()[0] == {
        "auth": "SSWS api-token",
        "x": "wrapped",
    }


def test_configure_sees_final_config_and_can_refuse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[OktaConfig] = []

    class Plugin:
        @hookimpl
        def okta_configure(self, config: OktaConfig) -> None:
            seen.append(config)
            if config.max_retries > 5:
                raise ConfigError("too many retries")

    monkeypatch.setenv("OKTA_CLIENT_RATELIMIT_MAXRETRIES", "4")
    OktaClient.from_config(org_url=ORG, token="t", plugins=[Plugin()])
    assert seen[-1].max_retries == 4 and seen[-1].org_url == ORG
    with pytest.raises(ConfigError, match="too many"):
        OktaClient.from_config(org_url=ORG, token="t", max_retries=9, plugins=[Plugin()])


def test_misspelled_hook_fails_loudly() -> None:
    class Typo:
        @hookimpl
        def okta_prepare_requests(self, request: httpx.Request) -> None:
            pass

    with pytest.raises(PluginLoadError, match=r"\(Typo, given in code\) is invalid.*okta_prepare_requests") as caught:
        OktaClient.from_config(org_url=ORG, token="t", plugins=[Typo()])
    assert isinstance(caught.value.__cause__, pluggy.PluginValidationError)


def test_blocking_a_builtin_removes_its_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKTA_PLUGINS_BLOCK", "okta.ssws")
    with pytest.raises(NoAuthPluginError, match="SSWS"):
        OktaClient.from_config(org_url=ORG, token="t")


def test_unknown_mode_names_itself() -> None:
    with pytest.raises(NoAuthPluginError, match="Kerberos"):
        OktaClient.from_config(org_url=ORG, token="t", authorization_mode="Kerberos")


def test_facade_rejects_non_auth_results() -> None:
    class Bad:
        @hookimpl
        def okta_auth(self, config: OktaConfig, mode: str) -> object:
            return "not an auth"

    with pytest.raises(Exception, match=r"not httpx\.Auth"):
        OktaClient.from_config(org_url=ORG, token="t", plugins=[Bad()])


def test_reserved_hooks_are_callable_through_the_facade(client: OktaClient) -> None:
    from okta_plugins import RetryDecision

    class Plugin:
        @hookimpl
        def okta_retry(
            self, request: httpx.Request, response: httpx.Response | None, attempt: int
        ) -> RetryDecision | None:
            return (
                RetryDecision(retry=attempt < 3, delay=0.5)
                if response is not None and response.status_code == 429
                else None
            )

        @hookimpl
        def okta_serialize_body(self, body: object, content_type: str) -> bytes | None:
            return b"custom" if content_type == "text/plain" else None

    request = httpx.Request("GET", ORG)
    with client.hooks.plugin(Plugin()):
        decision = client.hooks.retry(request, httpx.Response(429), None, 1, None, client.config)
        assert decision == RetryDecision(retry=True, delay=0.5)
        assert client.hooks.retry(request, httpx.Response(500), None, 1, None, client.config) is None
        assert client.hooks.serialize_body("x", "text/plain", None) == b"custom"
        assert client.hooks.serialize_body("x", "image/svg+xml", None) is None
        assert client.hooks.deserialize_body(httpx.Response(200), "", None, False) is None


def seen_header(**settings: Any) -> str | None:
    """Build a client from ``settings`` and return the X-Third-Party header its request carried."""
    from okta_api.api.user import list_users

    captured: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request.headers.get("x-third-party"))
        return httpx.Response(200, json=[])

    client = OktaClient.from_config(
        org_url=ORG,
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
        **settings,
    )
    list_users.sync_detailed(client=client)
    return captured[0]


def test_entry_point_plugin_acts_on_requests(installed_thirdparty: Path) -> None:
    client = OktaClient.from_config(org_url=ORG, token="t")
    assert client.hooks.manager.get_plugin("thirdparty") is not None
    assert seen_header() == "listUsers"


def test_entry_point_plugin_blocked_by_env(installed_thirdparty: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKTA_PLUGINS_BLOCK", "thirdparty")
    assert OktaClient.from_config(org_url=ORG, token="t").hooks.manager.get_plugin("thirdparty") is None
    assert seen_header() is None


def test_entry_point_plugin_blocked_by_config_key(installed_thirdparty: Path) -> None:
    assert seen_header(plugins_block=["thirdparty"]) is None


def test_allowlist_skips_others_but_keeps_builtins(installed_thirdparty: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKTA_PLUGINS_ONLY", "someone-else")
    assert OktaClient.from_config(org_url=ORG, token="t").hooks.manager.get_plugin("okta.ssws") is not None
    assert seen_header() is None
    monkeypatch.setenv("OKTA_PLUGINS_ONLY", "someone-else,thirdparty")
    assert seen_header() == "listUsers"


def test_every_hookspec_is_documented_and_registered() -> None:
    from okta_plugins import hookspecs

    names = [name for name in dir(hookspecs) if name.startswith("okta_")]
    assert len(names) >= 7
    manager = build_plugin_manager()
    for name in names:
        doc = getattr(hookspecs, name).__doc__ or ""
        assert len(doc.split()) > 10, name
        assert hasattr(manager.hook, name)
        assert hasattr(OktaClient.from_config(org_url=ORG, token="t").hooks, name.removeprefix("okta_"))


def test_every_hookspec_shows_one_example_that_compiles() -> None:
    import re

    from okta_plugins import hookspecs

    for name in [name for name in dir(hookspecs) if name.startswith("okta_")]:
        doc = getattr(hookspecs, name).__doc__ or ""
        blocks = re.findall(r"```python\n(.*?)```", doc, re.DOTALL)
        assert len(blocks) == 1, name
        example = "\n".join(line.removeprefix("    ") for line in blocks[0].splitlines())
        compile(example, name, "exec")
        assert f"def {name}(" in example, name


def test_the_types_hooks_receive_are_public() -> None:
    import okta_plugins
    from okta_api.api.user import list_users

    assert isinstance(list_users.OPERATION, okta_plugins.Operation)
    for name in ("Operation", "RetryDecision", "Setting", "PluginSettings"):
        assert name in okta_plugins.__all__
        assert (getattr(okta_plugins, name).__doc__ or "").strip(), name
    import okta_client

    assert (okta_client.OktaConfig.__doc__ or "").strip()
    assert {"PluginError", "PluginHookError", "PluginLoadError", "PluginSettingsError"} <= set(okta_client.__all__)
