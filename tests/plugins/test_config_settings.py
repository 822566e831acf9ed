"""Typed configuration: keywords mypy checks, one generated table, unknown keys warned about, the official
SDK's proxy and userAgent keys."""

from __future__ import annotations

import re
import textwrap
import warnings
from pathlib import Path
from typing import Any, get_type_hints

import attrs
import httpx
import pytest
from mypy import api
from okta_client import ConfigError, OktaClient, OktaConfig, OktaSettings, load_config
from okta_plugins._config import settings_table

ROOT = Path(__file__).resolve().parents[2]
ORG = "https://dev-1.okta.com"

PROBE = textwrap.dedent("""\
    from okta_client import OktaClient, OktaConfig, load_config

    OktaClient.from_config(org_url="https://x.okta.com", max_retries=1, proxy_host="p", proxy_port=8080)
    OktaClient.from_config(scopes=["okta.users.read"], ca_bundle="ca.pem", user_agent="tool/1", request_timeout=5)
    load_config(connection_timeout=5, insecure_skip_tls_verify=True, scopes="okta.users.read")
    OktaClient.from_config(max_retrys=1)
    load_config(max_retries="3")
    OktaClient.from_config(proxy_port="8080")
    OktaConfig(org_url="https://x.okta.com", max_retrys=1)
    OktaConfig(org_url="https://x.okta.com", dpop=[1])
    OktaConfig(org_url="https://x.okta.com", max_retries=3, dpop=True, scopes=["a"], proxy_port=8080)
    """)


def test_mypy_rejects_a_misspelt_keyword_and_a_wrong_type_and_accepts_the_right_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # mypy_path in pyproject.toml is relative to the checkout
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE)
    out, _, status = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"), str(probe)]
    )
    error_lines = sorted({int(m.group(1)) for m in re.finditer(r"probe\.py:(\d+): error:", out)})
    assert status == 1
    assert error_lines == [6, 7, 8, 9, 10], out
    assert '"max_retrys"' in out, out


# Fields no single key sets: plugins' own settings, read apart and validated by each plugin's declaration.
PLUGIN_FIELDS = {"plugin_sources", "plugin_settings"}


def test_the_keywords_are_exactly_the_config_fields() -> None:
    fields = {field.name for field in attrs.fields(OktaConfig)} - PLUGIN_FIELDS
    assert set(get_type_hints(OktaSettings)) == fields | {"plugin_settings"}


def test_every_setting_declares_its_yaml_key_environment_variable_and_meaning() -> None:
    for field in attrs.fields(OktaConfig):
        if field.name in PLUGIN_FIELDS:
            continue
        key, env, doc = field.metadata["key"], field.metadata["env"], field.metadata["doc"]
        assert key.startswith("okta.") and env.startswith("OKTA_") and doc, field.name
        assert env == "_".join(key.split(".")).upper(), field.name  # the official SDKs' naming rule


def test_the_readme_table_is_the_one_the_code_declares() -> None:
    readme = (ROOT / "plugins" / "README.md").read_text()
    found = re.search(r"<!-- settings-table:start -->\n(.*?)<!-- settings-table:end -->", readme, re.DOTALL)
    assert found is not None, "plugins/README.md lost its settings-table markers"
    assert found.group(1) == settings_table(), (
        "plugins/README.md's configuration table is stale; paste the output of "
        '`.venv/bin/python -c "from okta_plugins._config import settings_table; print(settings_table())"`'
    )
    for field in attrs.fields(OktaConfig):
        if field.name in PLUGIN_FIELDS:
            continue
        assert f"| `{field.metadata['key']}` | `{field.metadata['env']}` | `{field.name}` |" in found.group(1)


def test_a_misspelt_keyword_names_the_closest_one() -> None:
    with pytest.raises(ConfigError, match=r"max_retrys \(did you mean max_retries\?\)"):
        misspelt: Any = {"max_retrys": 1}  # what an untyped caller can still pass
        load_config(org_url=ORG, **misspelt)


def _caught(action: Any) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        action()
    return [str(w.message) for w in caught if issubclass(w.category, UserWarning)]


UNKNOWN_YAML = """
okta:
  client:
    orgUrl: https://dev-1.okta.com
    rateLimit:
      maxRetrys: 3
    proxy:
      host: proxy.corp.example
      pasword: hunter2-secret
    plugins:
      acme: {anything: 1}
  plugins:
    block: [x]
  testing: {disableHttpsCheck: true}
"""


def test_unknown_yaml_keys_warn_with_the_closest_known_key_and_never_the_value(isolated_env: Path) -> None:
    (isolated_env / "work" / "okta.yaml").write_text(UNKNOWN_YAML)
    messages = _caught(load_config)
    assert len(messages) == 3, messages
    text = "\n".join(messages)
    assert "okta.client.rateLimit.maxRetrys" in text and "did you mean okta.client.rateLimit.maxRetries" in text
    assert "okta.client.proxy.pasword" in text and "did you mean okta.client.proxy.password" in text
    assert "okta.testing" in text
    assert "hunter2" not in text
    assert "plugins" not in text  # the plugins subtrees belong to plugins


def test_unknown_environment_variables_warn_except_plugin_ones(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OKTA_CLIENT_ORGURL", ORG)
    monkeypatch.setenv("OKTA_CLIENT_RATELIMIT_MAXRETRYS", "3")
    monkeypatch.setenv("OKTA_CLIENT_PLUGINS_ACME_LEVEL", "2")
    messages = _caught(load_config)
    assert messages == [
        "unknown setting OKTA_CLIENT_RATELIMIT_MAXRETRYS in the environment is ignored;"
        " did you mean OKTA_CLIENT_RATELIMIT_MAXRETRIES?"
    ]


@pytest.mark.parametrize(
    ("yaml", "message"),
    [
        ("proxy: http://proxy.corp.example:3128", r"okta\.client\.proxy in .* must be a mapping with the keys host"),
        ("rateLimit: 3", r"okta\.client\.rateLimit in .* must be a mapping with the keys maxRetries"),
    ],
)
def test_a_scalar_where_a_mapping_belongs_is_a_clear_error(isolated_env: Path, yaml: str, message: str) -> None:
    (isolated_env / "work" / "okta.yaml").write_text(f"okta:\n  client:\n    orgUrl: {ORG}\n    {yaml}\n")
    with pytest.raises(ConfigError, match=message):
        load_config()


def test_known_keys_do_not_warn(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (isolated_env / "work" / "okta.yaml").write_text(
        "okta:\n  client:\n    orgUrl: https://dev-1.okta.com\n    proxy: {host: null, port: null}\n"
        "    rateLimit: {maxRetries: 1}\n    userAgent: tool/1\n"
    )
    monkeypatch.setenv("OKTA_CLIENT_PROXY_PORT", "")
    assert _caught(load_config) == []


PROXY_YAML = """
okta:
  client:
    orgUrl: https://dev-1.okta.com
    userAgent: inventory-tool/2.1
    connectionTimeout: 7
    requestTimeout: 40
    proxy:
      host: proxy.corp.example
      port: 3128
      username: svc
      password: pr0xy-s3cret
    rateLimit:
      maxRetries: 5
"""


def test_the_official_sdk_keys_are_read(isolated_env: Path) -> None:
    (isolated_env / "home" / ".okta").mkdir()
    (isolated_env / "home" / ".okta" / "okta.yaml").write_text(PROXY_YAML)
    config = load_config()
    assert (config.connection_timeout, config.request_timeout, config.max_retries) == (7.0, 40.0, 5)
    assert config.user_agent == "inventory-tool/2.1"
    assert (config.proxy_host, config.proxy_port, config.proxy_username) == ("proxy.corp.example", 3128, "svc")
    assert str(config.proxy_url) == "http://svc:pr0xy-s3cret@proxy.corp.example:3128"
    assert "pr0xy-s3cret" not in repr(config)


def test_proxy_settings_from_the_environment(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKTA_CLIENT_ORGURL", ORG)
    monkeypatch.setenv("OKTA_CLIENT_PROXY_HOST", "https://proxy.corp.example")
    monkeypatch.setenv("OKTA_CLIENT_PROXY_PORT", "8443")
    assert str(load_config().proxy_url) == "https://proxy.corp.example:8443"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"proxy_port": 3128}, "no host"),
        ({"proxy_host": "p", "proxy_port": 70000}, "port number"),
        ({"proxy_host": "p", "proxy_port": "x"}, "expected a number"),
        ({"ca_bundle": "/ca.pem", "insecure_skip_tls_verify": True}, "contradict"),
    ],
)
def test_bad_proxy_or_tls_settings_are_clear_errors(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(org_url=ORG, **overrides)


def test_the_user_agent_is_appended_to_ours() -> None:
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    client = OktaClient.from_config(
        org_url=ORG, token="t", user_agent="inventory-tool/2.1", httpx_args={"transport": httpx.MockTransport(reply)}
    )
    client.get_httpx_client().get("/api/v1/users")
    assert seen[0].headers["User-Agent"] == "okta-plugins/0.1 inventory-tool/2.1"
