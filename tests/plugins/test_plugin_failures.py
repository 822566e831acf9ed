"""Third-party plugin failures: named plugin, distribution, hook and operation; broken plugins blocked or
skipped by the setting the error names; allow/block names that match nothing warn."""

from __future__ import annotations

import asyncio
import logging
import sys
import textwrap
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import httpx
import pluggy
import pytest
from okta_client import (
    ConfigError,
    NotFoundError,
    OktaClient,
    OktaConfig,
    OktaPluginsError,
    PluginError,
    PluginHookError,
    PluginLoadError,
)
from okta_plugins import hookimpl

from tests.okta_fakes import ORG

Install = Callable[..., Path]


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Install:
    """Install a throwaway distribution ``dist`` (version 2.5) whose module holds ``code``, as entry point ``name``."""
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))

    def install_one(name: str, code: str, dist: str = "acme-dist") -> Path:
        module = f"{name.replace('-', '_')}_module"
        (site / f"{module}.py").write_text(textwrap.dedent(code))
        meta = site / f"{dist}-2.5.dist-info"
        meta.mkdir()
        (meta / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 2.5\n")
        (meta / "entry_points.txt").write_text(f"[okta_plugins]\n{name} = {module}\n")
        monkeypatch.delitem(sys.modules, module, raising=False)
        return site

    return install_one


def build(handler: Callable[[httpx.Request], httpx.Response] | None = None, **settings: Any) -> OktaClient:
    transport = httpx.MockTransport(handler or (lambda request: httpx.Response(200, json=[])))
    return OktaClient.from_config(org_url=ORG, token="t", httpx_args={"transport": transport}, **settings)


def list_users(client: OktaClient) -> Any:
    from okta_api.api.user import list_users

    return list_users.sync_detailed(client=client)


# --- a hook that raises ------------------------------------------------------------------------------


def test_an_installed_plugin_raising_in_a_hook_is_named_with_its_distribution(install: Install) -> None:
    install(
        "acme-audit",
        """
        from okta_plugins import hookimpl

        @hookimpl
        def okta_prepare_request(request, operation):
            raise RuntimeError("audit backend down")
        """,
    )
    with pytest.raises(PluginHookError) as caught:
        list_users(build())
    error = caught.value
    assert isinstance(error, PluginError) and isinstance(error, OktaPluginsError)
    assert (error.plugin, error.distribution, error.hook, error.operation_id) == (
        "acme-audit",
        "acme-dist 2.5",
        "okta_prepare_request",
        "listUsers",
    )
    assert str(error) == (
        "plugin 'acme-audit' (distribution acme-dist 2.5) failed in okta_prepare_request for operation listUsers: "
        "RuntimeError: audit backend down"
    )
    assert isinstance(error.__cause__, RuntimeError)


class Raising:
    """Raises ``KeyError`` from whichever hook a test names."""

    def __init__(self, hook: str) -> None:
        self.hook = hook

    def _maybe_raise(self, hook: str) -> None:
        if hook == self.hook:
            raise KeyError("missing")

    @hookimpl
    def okta_configure(self) -> None:
        self._maybe_raise("okta_configure")

    @hookimpl
    def okta_auth(self) -> None:
        self._maybe_raise("okta_auth")

    @hookimpl
    def okta_observe_response(self) -> None:
        self._maybe_raise("okta_observe_response")

    @hookimpl
    def okta_serialize_body(self) -> None:
        self._maybe_raise("okta_serialize_body")

    @hookimpl
    def okta_deserialize_body(self) -> None:
        self._maybe_raise("okta_deserialize_body")

    @hookimpl
    def okta_retry(self) -> None:
        self._maybe_raise("okta_retry")


def call_everything(client: OktaClient) -> None:
    assert list_users(client).status_code == 200
    client.get_httpx_client().post("/api/v1/groups", json={"profile": {"name": "Eng"}})


@pytest.mark.parametrize(
    ("hook", "operation_id"),
    [
        ("okta_configure", None),
        ("okta_auth", None),
        ("okta_observe_response", "listUsers"),
        ("okta_serialize_body", None),
        ("okta_deserialize_body", "listUsers"),
    ],
)
def test_every_hook_names_the_plugin_given_in_code(hook: str, operation_id: str | None) -> None:
    with pytest.raises(PluginHookError) as caught:
        call_everything(build(plugins=[Raising(hook)]))
    assert caught.value.hook == hook
    assert caught.value.operation_id == operation_id
    assert caught.value.distribution is None
    assert caught.value.plugin.isdigit()  # pluggy's name for an object registered without one
    assert isinstance(caught.value.__cause__, KeyError)


def test_okta_retry_failures_are_named_too() -> None:
    client = build(lambda request: httpx.Response(503), plugins=[Raising("okta_retry")])
    with pytest.raises(PluginHookError, match="failed in okta_retry for operation listUsers: KeyError"):
        list_users(client)


def test_async_calls_name_the_plugin(install: Install) -> None:
    from okta_api.api.user import list_users as endpoint

    install(
        "acme-audit",
        """
        from okta_plugins import hookimpl

        @hookimpl
        def okta_observe_response(response):
            raise ValueError("nope")
        """,
    )
    with pytest.raises(PluginHookError, match=r"'acme-audit' \(distribution acme-dist 2.5\) failed in okta_obs"):
        asyncio.run(endpoint.asyncio_detailed(client=build()))


def test_the_typed_errors_hooks_document_pass_unchanged() -> None:
    class Refusing:
        @hookimpl
        def okta_configure(self) -> None:
            raise ConfigError("refused")

    with pytest.raises(ConfigError, match=r"^refused$") as caught:
        build(plugins=[Refusing()])
    assert not isinstance(caught.value, PluginError)
    # Built-ins keep their documented errors: okta.errors' NotFoundError.
    with pytest.raises(NotFoundError):
        list_users(build(lambda request: httpx.Response(404, json={"errorCode": "E0000007"})))


def test_the_plugin_whose_code_raised_is_blamed_among_instances_of_one_class() -> None:
    class Flaky:
        def __init__(self, fail: bool) -> None:
            self.fail = fail

        @hookimpl
        def okta_prepare_request(self) -> None:
            if self.fail:
                raise RuntimeError("flaky")

    client = build()
    fine, failing = Flaky(False), Flaky(True)
    with (
        client.hooks.plugin(fine, name="fine"),
        client.hooks.plugin(failing, name="failing"),
        pytest.raises(PluginHookError, match="'failing'") as caught,
    ):
        list_users(client)
    assert caught.value.plugin == "failing"


def test_a_wrapper_is_blamed_for_its_own_failure_and_not_for_what_it_wraps() -> None:
    class Wrapper:
        def __init__(self, fail: bool) -> None:
            self.fail = fail

        @hookimpl(wrapper=True)
        def okta_auth(self) -> Generator[None, httpx.Auth | None, httpx.Auth | None]:
            inner = yield
            if self.fail:
                raise LookupError("wrapper broke")
            return inner

    class Inner:
        @hookimpl
        def okta_auth(self) -> httpx.Auth | None:
            raise LookupError("inner broke")

    client = build()
    client.hooks.register(Wrapper(True), name="wrapper")
    with pytest.raises(PluginHookError, match="'wrapper' failed in okta_auth: LookupError: wrapper broke"):
        client.hooks.auth(client.config, "SSWS")
    client.hooks.unregister(client.hooks.manager.get_plugin("wrapper"))
    client.hooks.register(Wrapper(False), name="wrapper")
    client.hooks.register(Inner(), name="inner")
    with pytest.raises(PluginHookError, match="'inner' failed in okta_auth: LookupError: inner broke"):
        client.hooks.auth(client.config, "SSWS")


def test_a_hook_failure_message_is_redacted() -> None:
    class Leaky:
        @hookimpl
        def okta_prepare_request(self) -> None:
            raise RuntimeError("could not post to https://user:pw@audit.example/x?token=s3cret")

    with pytest.raises(PluginHookError) as caught:
        list_users(build(plugins=[Leaky()]))
    assert "pw" not in str(caught.value) and "s3cret" not in str(caught.value)


# --- plugins that cannot be loaded ---------------------------------------------------------------------

BROKEN = {
    "import": "import acme_nonexistent_dependency\n",
    "argument": """
        from okta_plugins import hookimpl

        @hookimpl
        def okta_prepare_request(requets):
            pass
        """,
    "hook name": """
        from okta_plugins import hookimpl

        @hookimpl
        def okta_prepare_requests(request):
            pass
        """,
    "async hook": """
        from okta_plugins import hookimpl

        @hookimpl
        async def okta_prepare_request(request):
            pass
        """,
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_a_broken_installed_plugin_names_the_setting_that_blocks_it(
    kind: str, install: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    install("acme-audit", BROKEN[kind])
    monkeypatch.setenv("OKTA_PLUGINS_BLOCK", "other")
    with pytest.raises(PluginLoadError) as caught:
        build()
    message = str(caught.value)
    assert caught.value.plugin == "acme-audit" and caught.value.distribution == "acme-dist 2.5"
    assert "plugin 'acme-audit' (distribution acme-dist 2.5), entry point 'acme_audit_module'" in message
    assert "`plugins: {block: [other, acme-audit]}`" in message
    assert "OKTA_PLUGINS_BLOCK=other,acme-audit" in message
    assert "plugins_block=['other', 'acme-audit']" in message
    assert "OKTA_PLUGINS_SKIPBROKEN=true" in message
    # Following the advice works.
    monkeypatch.setenv("OKTA_PLUGINS_BLOCK", "other,acme-audit")
    assert build().hooks.manager.get_plugin("acme-audit") is None


def test_the_load_error_keeps_the_original(install: Install) -> None:
    install("acme-audit", BROKEN["argument"])
    with pytest.raises(PluginLoadError, match="requets") as caught:
        build()
    assert isinstance(caught.value.__cause__, pluggy.PluginValidationError)
    assert caught.value.hook == "okta_prepare_request"


@pytest.mark.parametrize("how", ["env", "yaml", "keyword"])
def test_skip_broken_skips_with_a_warning(
    how: str, install: Install, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    install("acme-audit", BROKEN["import"])
    install("acme-good", THIRD_PARTY_HEADER, dist="good-dist")
    settings: dict[str, Any] = {}
    if how == "env":
        monkeypatch.setenv("OKTA_PLUGINS_SKIPBROKEN", "true")
    elif how == "yaml":
        Path("okta.yaml").write_text("okta:\n  plugins:\n    skipBroken: true\n")
    else:
        settings["plugins_skip_broken"] = True
    with caplog.at_level(logging.WARNING, logger="okta_api.plugins"):
        client = build(**settings)
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1 and "'acme-audit'" in warnings[0] and "ModuleNotFoundError" in warnings[0]
    assert client.hooks.manager.get_plugin("acme-audit") is None
    assert "skipped=['acme-audit']" in repr(client.hooks)
    assert list_users(client).status_code == 200


THIRD_PARTY_HEADER = """
    from okta_plugins import hookimpl

    @hookimpl
    def okta_prepare_request(request):
        request.headers["X-Good"] = "1"
    """


# --- names that match nothing; the facade's repr --------------------------------------------------------


def test_allowlist_names_that_match_nothing_warn_listing_the_installed(
    install: Install, caplog: pytest.LogCaptureFixture
) -> None:
    install("acme-audit", THIRD_PARTY_HEADER)
    with caplog.at_level(logging.WARNING, logger="okta_api.plugins"):
        build(plugins_only=["acme-audti"])
    assert [record.getMessage() for record in caplog.records] == [
        "plugins.only names no installed plugin: acme-audti; installed plugins: acme-audit"
    ]


def test_block_names_that_match_nothing_warn(install: Install, caplog: pytest.LogCaptureFixture) -> None:
    install("acme-audit", THIRD_PARTY_HEADER)
    with caplog.at_level(logging.WARNING, logger="okta_api.plugins"):
        build(plugins_block=["acme-audti", "acme-audit", "okta.scopes", "okta.serializers.orjson"])
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 1
    assert messages[0].startswith(
        "plugins.block names no plugin: acme-audti; installed plugins: acme-audit; built-in: "
    )
    assert "okta.ssws" in messages[0]


def test_names_that_match_warn_nothing(install: Install, caplog: pytest.LogCaptureFixture) -> None:
    install("acme-audit", THIRD_PARTY_HEADER)

    class Mine:
        @hookimpl
        def okta_configure(self, config: OktaConfig) -> None:
            pass

    with caplog.at_level(logging.WARNING, logger="okta_api.plugins"):
        build(plugins_only=["acme-audit"], plugins_block=["okta.scopes"])
    assert caplog.records == []


def test_repr_shows_loaded_and_blocked_apart(install: Install) -> None:
    install("acme-audit", THIRD_PARTY_HEADER)
    text = repr(build(plugins_block=["acme-audit", "okta.scopes"]).hooks)
    loaded, blocked = text.split("blocked=")
    assert "'acme-audit'" not in loaded and "'okta.scopes'" not in loaded and "'okta.ssws'" in loaded
    assert blocked == "['acme-audit', 'okta.scopes'])"
    assert "'acme-audit'" in repr(build().hooks).split("blocked=")[0]
