"""The example distribution of plugins/README.md (examples/acme-audit), installed for real by pip and exercised
in a fresh interpreter: its header, logging, auth mode, serializer and own settings all act."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "acme-audit"

SCRIPT = textwrap.dedent("""\
    import json, logging

    import httpx
    from okta_api.api.user import list_users
    from okta_client import OktaClient

    messages = []


    class Keep(logging.Handler):
        def emit(self, record):
            messages.append((record.levelname, record.getMessage()))


    logging.getLogger("acme.audit").addHandler(Keep())
    logging.getLogger("acme.audit").setLevel(logging.DEBUG)
    sent = []


    def handler(request):
        sent.append({"authorization": request.headers.get("authorization"),
                     "audit": request.headers.get("x-audit-op"), "body": request.content.decode()})
        if request.url.path == "/echo":
            return httpx.Response(200, content=request.content, headers={"Content-Type": "application/x-acme"})
        return httpx.Response(200, json=[])


    transport = httpx.MockTransport(handler)
    client = OktaClient.from_config(authorization_mode="AcmeKey", httpx_args={"transport": transport})
    list_users.sync_detailed(client=client)
    echoed = client.get_httpx_client().post(
        "/echo", json={"b": 1, "a": [2]}, headers={"Content-Type": "application/x-acme"}
    ).json()
    print(json.dumps({
        "sent": sent,
        "echoed": echoed,
        "messages": messages,
        "hooks": repr(client.hooks),
        "reprs": repr(client.config) + repr(client) + repr(client.config.plugin_settings["acme-audit"]),
        "distribution": client.hooks.manager.distribution_of("acme-audit"),
    }))
""")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example installed by pip into its own directory (no index: its one build requirement,
    setuptools, is taken from this environment)."""
    target = tmp_path_factory.mktemp("acme-site")
    build_dir = tmp_path_factory.mktemp("acme-build")
    # setuptools builds in the source tree: a copy keeps the checkout clean.
    source = shutil.copytree(EXAMPLE, build_dir / "acme-audit")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(source),
        ],
        check=True,
        capture_output=True,
        cwd=build_dir,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    return target


def run(site: Path, work: Path, **environ: str) -> dict[str, Any]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("OKTA_")}
    env.update(PYTHONPATH=str(site), HOME=str(work), **environ)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=work, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_the_installed_example_acts_with_its_own_settings(site: Path, tmp_path: Path) -> None:
    (tmp_path / "okta.yaml").write_text(
        textwrap.dedent("""\
            okta:
              client:
                orgUrl: https://dev-123.okta.com
                plugins:
                  acme-audit:
                    header: X-Audit-Op
                    log_level: debug
            """)
    )
    result = run(site, tmp_path, OKTA_CLIENT_PLUGINS_ACME_AUDIT_API_KEY="acme-s3cret")
    assert result["distribution"] == "acme-audit 1.2.0"
    assert "'acme-audit'" in result["hooks"].split("blocked=")[0]
    listing, echo = result["sent"]
    # Its auth mode, with the key from its own (secret) setting; its header, named by its own setting.
    assert listing == {"authorization": "AcmeKey acme-s3cret", "audit": "listUsers", "body": ""}
    # Its serializer both ways.
    assert echo["body"] == 'ACME{"a": [2], "b": 1}'
    assert result["echoed"] == {"a": [2], "b": 1}
    # Its logging, at the level its settings chose.
    assert result["messages"] == [["DEBUG", "listUsers -> 200"], ["DEBUG", "- -> 200"]]
    assert "acme-s3cret" not in result["reprs"] and "api_key='<redacted>'" in result["reprs"]


def test_the_example_is_blocked_by_name(site: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from okta_client import OktaClient; "
            "print(repr(OktaClient.from_config(org_url='https://dev-123.okta.com', token='t').hooks))",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site), "HOME": str(tmp_path), "OKTA_PLUGINS_BLOCK": "acme-audit"},
        check=True,
    )
    assert done.stdout.strip().endswith("blocked=['acme-audit'])")
