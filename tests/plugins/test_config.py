"""Configuration sources and their precedence, like the official SDK but with numbers converted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from okta_client import ConfigError, OktaConfig, load_config


def write_yaml(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


HOME_YAML = """
okta:
  client:
    orgUrl: https://home.okta.com
    authorizationMode: PrivateKey
    clientId: home-client
    scopes:
      - okta.users.read
      - okta.groups.read
    kid: home-kid
    connectionTimeout: 11
    requestTimeout: 12
    rateLimit:
      maxRetries: 3
"""


def test_flow_style_yaml_with_urls_is_read(isolated_env: Path) -> None:
    # YAML 1.2 allows colons in plain scalars of flow mappings; libyaml (ruamel.yaml.clib) refuses them.
    write_yaml(isolated_env / "work" / "okta.yaml", "okta: {client: {orgUrl: https://flow.okta.com, token: t}}\n")
    assert load_config().org_url == "https://flow.okta.com"


def test_defaults() -> None:
    config = load_config(org_url="https://dev-1.okta.com")
    assert config.authorization_mode == "SSWS"
    assert (config.connection_timeout, config.read_timeout, config.request_timeout) == (30.0, 60.0, 300.0)
    assert config.max_wait == 75.0
    assert config.max_retries == 2
    assert config.scopes == ()
    assert config.lazy_models is True


def test_home_yaml_is_read(isolated_env: Path) -> None:
    write_yaml(isolated_env / "home" / ".okta" / "okta.yaml", HOME_YAML)
    config = load_config()
    assert config.org_url == "https://home.okta.com"
    assert config.authorization_mode == "PrivateKey"
    assert config.client_id == "home-client"
    assert config.scopes == ("okta.users.read", "okta.groups.read")
    assert config.kid == "home-kid"
    assert (config.connection_timeout, config.request_timeout, config.max_retries) == (
        11.0,
        12.0,
        3,
    )


def test_precedence_home_cwd_env_args(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_yaml(isolated_env / "home" / ".okta" / "okta.yaml", HOME_YAML)
    write_yaml(
        isolated_env / "work" / "okta.yaml",
        "okta:\n  client:\n    orgUrl: https://cwd.okta.com\n    clientId: cwd-client\n    kid: cwd-kid\n",
    )
    monkeypatch.setenv("OKTA_CLIENT_CLIENTID", "env-client")
    monkeypatch.setenv("OKTA_CLIENT_KID", "env-kid")
    config = load_config(kid="arg-kid")
    assert config.org_url == "https://cwd.okta.com"  # cwd over home
    assert config.client_id == "env-client"  # env over cwd
    assert config.kid == "arg-kid"  # args over env
    assert config.scopes == (
        "okta.users.read",
        "okta.groups.read",
    )  # untouched home value stays


def test_environment_values_are_converted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKTA_CLIENT_ORGURL", "https://env.okta.com/")
    monkeypatch.setenv("OKTA_CLIENT_AUTHORIZATIONMODE", "privatekey")
    monkeypatch.setenv("OKTA_CLIENT_SCOPES", "okta.users.read,okta.apps.manage")
    monkeypatch.setenv("OKTA_CLIENT_CONNECTIONTIMEOUT", "7")
    monkeypatch.setenv("OKTA_CLIENT_REQUESTTIMEOUT", "2.5")
    monkeypatch.setenv("OKTA_CLIENT_RATELIMIT_MAXRETRIES", "5")
    monkeypatch.setenv("OKTA_CLIENT_TOKEN", "env-token")
    monkeypatch.setenv("OKTA_CLIENT_PRIVATEKEY", "pem-text")
    monkeypatch.setenv("OKTA_CLIENT_LAZYMODELS", "false")
    config = load_config()
    assert config.org_url == "https://env.okta.com"
    assert config.authorization_mode == "PrivateKey"
    assert config.scopes == ("okta.users.read", "okta.apps.manage")
    assert config.connection_timeout == 7.0 and isinstance(config.connection_timeout, float)
    assert config.request_timeout == 2.5
    assert config.max_retries == 5 and isinstance(config.max_retries, int)
    assert config.token == "env-token"
    assert config.private_key == "pem-text"
    assert config.lazy_models is False


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("OKTA_CLIENT_CONNECTIONTIMEOUT", "soon"),
        ("OKTA_CLIENT_RATELIMIT_MAXRETRIES", "-1"),
    ],
)
def test_bad_numbers_are_config_errors(monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError):
        load_config(org_url="https://dev-1.okta.com")


def test_missing_org_url() -> None:
    with pytest.raises(ConfigError, match="orgUrl"):
        load_config()


def test_unknown_override() -> None:
    with pytest.raises(ConfigError, match="org_ulr"):
        load_config(org_ulr="https://dev-1.okta.com")


@pytest.mark.parametrize(
    "url",
    [
        "http://dev-1.okta.com",
        "ftp://dev-1.okta.com",
        "https://dev-1.okta.com/api",
        "dev-1.okta.com",
        "https://u:p@dev-1.okta.com",
    ],
)
def test_org_url_must_be_https_origin(url: str) -> None:
    with pytest.raises(ConfigError):
        load_config(org_url=url)


@pytest.mark.parametrize("url", ["http://localhost:8080", "http://127.0.0.1:9", "http://[::1]:1234"])
def test_http_is_allowed_on_loopback(url: str) -> None:
    assert load_config(org_url=url).org_url == url


def test_yaml_parse_error_does_not_quote_the_file(isolated_env: Path) -> None:
    secret = "sekrit-token-value"
    write_yaml(
        isolated_env / "work" / "okta.yaml",
        f"okta:\n  client:\n    token: {secret}\n  bad: [unclosed\n",
    )
    with pytest.raises(ConfigError) as info:
        load_config(org_url="https://dev-1.okta.com")
    assert secret not in str(info.value)


def test_plugin_lists_from_yaml_and_env(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_yaml(
        isolated_env / "work" / "okta.yaml",
        "okta:\n  plugins:\n    block: [a, b]\n    only: c\n",
    )
    config = load_config(org_url="https://dev-1.okta.com")
    assert (config.plugins_block, config.plugins_only) == (("a", "b"), ("c",))
    monkeypatch.setenv("OKTA_PLUGINS_BLOCK", "x, y")
    assert load_config(org_url="https://dev-1.okta.com").plugins_block == ("x", "y")


def test_repr_redacts_secrets() -> None:
    config = OktaConfig(org_url="https://dev-1.okta.com", token="tok-123", private_key="-----BEGIN x")
    text = repr(config)
    assert "tok-123" not in text and "BEGIN" not in text
    assert "<redacted>" in text and "dev-1.okta.com" in text


def test_from_config_reads_files(isolated_env: Path) -> None:
    from okta_client import OktaClient

    write_yaml(
        isolated_env / "work" / "okta.yaml",
        "okta:\n  client:\n    orgUrl: https://cwd.okta.com\n    token: t0k\n    requestTimeout: 9\n",
    )
    client = OktaClient.from_config()
    assert client.config.org_url == "https://cwd.okta.com"
    http = client.get_httpx_client()
    assert http.base_url == "https://cwd.okta.com"
    assert http.timeout.read == 9.0


SOURCES = ("home", "cwd", "env", "arg")


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(present=st.sets(st.sampled_from(SOURCES)))
def test_highest_source_wins(isolated_env: Path, present: set[str]) -> None:
    env: dict[str, str] = {}
    (isolated_env / "home" / ".okta").mkdir(exist_ok=True)
    for source, path in (
        ("home", isolated_env / "home" / ".okta" / "okta.yaml"),
        ("cwd", isolated_env / "work" / "okta.yaml"),
    ):
        path.unlink(missing_ok=True)
        if source in present:
            path.write_text(f"okta:\n  client:\n    kid: {source}\n    requestTimeout: {SOURCES.index(source)}\n")
    if "env" in present:
        env = {"OKTA_CLIENT_KID": "env", "OKTA_CLIENT_REQUESTTIMEOUT": "2"}
    args: dict[str, Any] = {"kid": "arg", "request_timeout": 3} if "arg" in present else {}
    config = load_config(org_url="https://dev-1.okta.com", environ=env, **args)
    winner = max(present, key=SOURCES.index) if present else None
    assert config.kid == winner
    assert config.request_timeout == (float(SOURCES.index(winner)) if winner else 300.0)
