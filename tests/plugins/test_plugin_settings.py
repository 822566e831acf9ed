"""A plugin's own settings: declared, read from okta.yaml / environment / keyword, validated, redacted."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
from okta_client import ConfigError, OktaClient, OktaConfig, PluginSettingsError
from okta_plugins import PluginSettings, Setting, hookimpl

from tests.okta_fakes import ORG


class Audit:
    """Declares settings and records what its hooks receive."""

    def __init__(self) -> None:
        self.seen: list[PluginSettings] = []

    @hookimpl
    def okta_plugin_settings(self) -> dict[str, Setting]:
        return {
            "header": Setting(str, default="X-Audit"),
            "sample_rate": Setting(float, default=1.0),
            "retries": Setting(int, default=0),
            "enabled": Setting(bool, default=True),
            "tags": Setting(tuple, default=()),
            "api_key": Setting(str, secret=True),
        }

    @hookimpl
    def okta_configure(self, config: OktaConfig) -> None:
        self.seen.append(config.plugin_settings["audit"])

    @hookimpl
    def okta_prepare_request(self, request: httpx.Request, config: OktaConfig) -> None:
        request.headers[config.plugin_settings["audit"].header] = "1"


def build(plugin: object, **settings: Any) -> OktaClient:
    client = OktaClient.from_config(
        org_url=ORG,
        token="t",
        plugins=[plugin],
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(200, json=dict(request.headers)))},
        **settings,
    )
    return client


@pytest.fixture
def audit() -> Audit:
    plugin = Audit()
    plugin.__name__ = "audit"  # type: ignore[attr-defined]  # the name pluggy registers it under
    return plugin


def test_defaults_reach_the_hooks(audit: Audit) -> None:
    client = build(audit)
    settings = audit.seen[-1]
    assert dict(settings) == {
        "header": "X-Audit",
        "sample_rate": 1.0,
        "retries": 0,
        "enabled": True,
        "tags": (),
        "api_key": None,
    }
    assert settings.plugin == "audit"
    assert client.config.plugin_settings["audit"] is settings
    assert client.get_httpx_client().get("/x").json()["x-audit"] == "1"


def test_yaml_environment_and_keyword_each_win_over_the_last(
    audit: Audit, isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (isolated_env / "home" / ".okta").mkdir()
    (isolated_env / "home" / ".okta" / "okta.yaml").write_text(
        "okta:\n  client:\n    plugins:\n      audit: {header: X-Home, retries: 1, tags: [a]}\n"
    )
    Path("okta.yaml").write_text(
        textwrap.dedent("""\
            okta:
              client:
                plugins:
                  audit:
                    header: X-Cwd
                    sample_rate: 0.5
                    enabled: false
            """)
    )
    monkeypatch.setenv("OKTA_CLIENT_PLUGINS_AUDIT_SAMPLE_RATE", "0.25")
    monkeypatch.setenv("OKTA_CLIENT_PLUGINS_AUDIT_TAGS", "b, c")
    build(audit, plugin_settings={"audit": {"tags": ["d"]}})
    assert dict(audit.seen[-1]) == {
        "header": "X-Cwd",
        "sample_rate": 0.25,
        "retries": 1,
        "enabled": False,
        "tags": ("d",),
        "api_key": None,
    }


def test_a_plugin_name_with_dashes_reads_its_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    plugin = Audit()
    monkeypatch.setenv("OKTA_CLIENT_PLUGINS_ACME_AUDIT_HEADER", "X-Acme")
    client = OktaClient.from_config(org_url=ORG, token="t")
    client.hooks.register(plugin, name="acme-audit")
    assert client.hooks.plugin_settings(client.config).plugin_settings["acme-audit"]["header"] == "X-Acme"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "yaml",
            r"setting 'retries' of plugin 'audit' \(okta.client.plugins.audit.retries in .*okta.yaml\) must be int",
        ),
        ("env", r"setting 'retries' of plugin 'audit' \(OKTA_CLIENT_PLUGINS_AUDIT_RETRIES\) must be int, got 'many'"),
        ("keyword", r"setting 'retries' of plugin 'audit' \(plugin_settings\['audit'\]\['retries'\]\) must be int"),
    ],
)
def test_a_value_of_the_wrong_type_names_plugin_key_and_source(
    source: str, expected: str, audit: Audit, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings: dict[str, Any] = {}
    if source == "yaml":
        Path("okta.yaml").write_text("okta:\n  client:\n    plugins:\n      audit: {retries: many}\n")
    elif source == "env":
        monkeypatch.setenv("OKTA_CLIENT_PLUGINS_AUDIT_RETRIES", "many")
    else:
        settings["plugin_settings"] = {"audit": {"retries": "many"}}
    with pytest.raises(PluginSettingsError, match=expected) as caught:
        build(audit, **settings)
    assert isinstance(caught.value, ConfigError)


def test_an_unknown_key_is_refused_listing_the_known(audit: Audit) -> None:
    with pytest.raises(PluginSettingsError, match=r"'hedaer' of plugin 'audit' .* is not a setting .*has: api_key, "):
        build(audit, plugin_settings={"audit": {"hedaer": "X"}})


def test_a_required_setting_must_be_given() -> None:
    class Needy:
        __name__ = "needy"

        @hookimpl
        def okta_plugin_settings(self) -> dict[str, Setting]:
            return {"endpoint": Setting(str, required=True)}

    with pytest.raises(
        PluginSettingsError, match=r"'endpoint' of plugin 'needy' .*OKTA_CLIENT_PLUGINS_NEEDY_ENDPOINT.* is required"
    ):
        build(Needy())
    build(Needy(), plugin_settings={"needy": {"endpoint": "https://audit.example"}})


def test_secrets_stay_out_of_reprs_and_errors(audit: Audit, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKTA_CLIENT_PLUGINS_AUDIT_API_KEY", "s3cret-key")
    client = build(audit)
    assert audit.seen[-1]["api_key"] == "s3cret-key"
    for text in (repr(audit.seen[-1]), repr(client.config), repr(client)):
        assert "s3cret" not in text
    assert "api_key='<redacted>'" in repr(audit.seen[-1])

    class Strict:
        __name__ = "strict"

        @hookimpl
        def okta_plugin_settings(self) -> dict[str, Setting]:
            return {"pin": Setting(int, secret=True)}

    with pytest.raises(PluginSettingsError) as caught:
        build(Strict(), plugin_settings={"strict": {"pin": "s3cret-pin"}})
    assert "s3cret" not in str(caught.value) and "got <redacted>" in str(caught.value)


def test_a_bad_declaration_is_named() -> None:
    class Sloppy:
        __name__ = "sloppy"

        @hookimpl
        def okta_plugin_settings(self) -> dict[str, object]:
            return {"header": str}

    with pytest.raises(PluginSettingsError, match="okta_plugin_settings of plugin 'sloppy' must return a mapping"):
        build(Sloppy())
    with pytest.raises(TypeError, match="Setting type must be one of"):
        Setting(list)


def test_malformed_sources_are_refused() -> None:
    Path("okta.yaml").write_text("okta:\n  client:\n    orgUrl: https://dev-123.okta.com\n    plugins: [audit]\n")
    with pytest.raises(ConfigError, match=r"okta.client.plugins in .*okta.yaml must map plugin names"):
        OktaClient.from_config(token="t")
    with pytest.raises(ConfigError, match="plugin_settings= must map plugin names"):
        OktaClient.from_config(org_url=ORG, token="t", plugin_settings={"audit": "X"})


def test_settings_for_a_plugin_that_declares_none_warn(audit: Audit, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="okta_api.plugins"):
        build(audit, plugin_settings={"audti": {"header": "X"}, "audit": {"header": "X-Audit"}})
    assert [record.getMessage() for record in caplog.records] == [
        "settings given for audti, which no loaded plugin declares settings for (plugins with settings: audit)"
    ]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="okta_api.plugins"):
        build(audit, plugin_settings={"okta.scopes": {"x": 1}}, plugins_block=["okta.scopes"])
    assert caplog.records == []
