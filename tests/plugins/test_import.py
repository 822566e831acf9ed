"""Importing the package must stay cheap."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(code: str) -> str:
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root / "plugins"), *sys.path]),
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_import_loads_no_heavy_dependency() -> None:
    out = run(
        "import sys, okta_plugins, okta_client, okta_plugins.types\n"
        "print(sorted(m for m in ('pluggy', 'cryptography', 'jwt') if m in sys.modules))"
    )
    assert out.strip() == "[]"


def test_names_resolve_lazily() -> None:
    out = run(
        "import okta_plugins, okta_client\n"
        "print(okta_plugins.hookimpl.project_name, okta_client.OktaConfig.__name__, okta_client.OktaError.__name__)"
    )
    assert out.split() == ["okta_plugins", "OktaConfig", "OktaError"]


def test_importing_the_client_class_defers_pluggy_and_crypto() -> None:
    out = run(
        "import sys\n"
        "from okta_client import OktaClient\n"
        "heavy = ('pluggy', 'cryptography', 'jwt')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "OktaClient.from_config(org_url='https://dev-1.okta.com', token='t')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    before, after = out.splitlines()
    assert before == "[]"
    assert "pluggy" in after


def test_ssws_client_loads_no_crypto_and_no_asyncio() -> None:
    # jwt and cryptography serve PrivateKey, DPoP and certificates only; asyncio the async path only.
    # An SSWS client that makes a sync call must load none of them (issue 8: 30 ms and 11 MiB of cold start).
    out = run(
        "import sys\n"
        "import httpx\n"
        "from okta_api.api.user import list_users\n"
        "from okta_client import OktaClient\n"
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))\n"
        "client = OktaClient.from_config(org_url='https://dev-1.okta.com', token='t',"
        " httpx_args={'transport': transport})\n"
        "assert list_users.sync_detailed(client=client).status_code == 200\n"
        "print(sorted(m for m in ('jwt', 'cryptography', 'asyncio') if m in sys.modules))"
    )
    assert out.strip() == "[]"


def test_building_the_client_loads_no_network_stack_or_suggestion_machinery() -> None:
    # httpx 0.28 loads httpcore (and h11) only when its first transport is built; so must we (0.27 loads
    # them with httpx itself). difflib serves "did you mean" messages for misspelt settings only.
    out = run(
        "import sys\n"
        "import httpx\n"
        "with_httpx = set(sys.modules)\n"
        "from okta_api.api.user import list_users\n"
        "from okta_client import OktaClient\n"
        "OktaClient.from_config(org_url='https://dev-1.okta.com', token='t')\n"
        "print(sorted(m for m in ('httpcore', 'h11', 'difflib') if m in set(sys.modules) - with_httpx))"
    )
    assert out.strip() == "[]"
