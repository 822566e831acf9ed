"""Fixtures for the plugin tests: an isolated environment, test keys, a mock org, a client factory."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from joserfc.jwk import RSAKey

from tests.okta_fakes import CLIENT_ID, ORG, MockOrg, pem_of


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and cwd in empty temp dirs and no OKTA_* variables, so no real config leaks in."""
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    for name in list(os.environ):
        if name.startswith("OKTA_"):
            monkeypatch.delenv(name)
    return tmp_path


@pytest.fixture(scope="session")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def rsa_pem(rsa_key: rsa.RSAPrivateKey) -> str:
    return pem_of(rsa_key)


@pytest.fixture(scope="session")
def ec_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture(scope="session")
def ec_pem(ec_key: ec.EllipticCurvePrivateKey) -> str:
    return pem_of(ec_key)


@pytest.fixture
def mock_org(rsa_key: rsa.RSAPrivateKey) -> MockOrg:
    return MockOrg(public_key=RSAKey.import_key(rsa_key.public_key()))


@pytest.fixture
def private_key_client(mock_org: MockOrg, rsa_pem: str) -> Callable[..., Any]:
    """Build an OktaClient in PrivateKey mode talking to ``mock_org``."""
    from okta_client import OktaClient

    def build(**overrides: Any) -> Any:
        settings: dict[str, Any] = {
            "org_url": ORG,
            "authorization_mode": "PrivateKey",
            "client_id": CLIENT_ID,
            "scopes": "okta.users.read okta.groups.manage",
            "private_key": rsa_pem,
        }
        settings.update(overrides)
        transport = httpx.MockTransport(mock_org)
        return OktaClient.from_config(httpx_args={"transport": transport}, **settings)

    return build


THIRD_PARTY = """
from okta_plugins import hookimpl


@hookimpl
def okta_prepare_request(request, operation, config):
    request.headers["X-Third-Party"] = operation.operation_id if operation else "none"
"""


@pytest.fixture
def installed_thirdparty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway distribution exposing a plugin through the okta_plugins entry-point group."""
    site = tmp_path / "site"
    (site / "thirdparty-0.1.dist-info").mkdir(parents=True)
    (site / "thirdparty_plugin.py").write_text(THIRD_PARTY)
    (site / "thirdparty-0.1.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: thirdparty\nVersion: 0.1\n"
    )
    (site / "thirdparty-0.1.dist-info" / "entry_points.txt").write_text(
        textwrap.dedent("""\
            [okta_plugins]
            thirdparty = thirdparty_plugin
            """)
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(__import__("sys").modules, "thirdparty_plugin", raising=False)
    return site
