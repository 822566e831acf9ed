"""Every ```python block of README.md and plugins/README.md passes mypy --strict and runs against a fake org."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

import httpx
import okta_client
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from okta_client import OktaClient
from okta_plugins.auth.pkce import PkceTokens

from ..okta_fakes import ORG
from ..plugins.test_certificates import Pki
from ..typing_probe import run
from .readme_blocks import Block, ReadmeOrg, blocks

BLOCKS = blocks()
# Blocks mypy --strict still rejects, by document and heading, and why: strict xfails, so each fails the
# run once it passes and must then leave this list.
MYPY_GAPS: dict[tuple[str, str], str] = {}


def mypy_cases() -> list[Any]:
    return [
        pytest.param(block, marks=pytest.mark.xfail(reason=MYPY_GAPS[key], strict=True))
        if (key := (block.document, block.section)) in MYPY_GAPS
        else block
        for block in BLOCKS
    ]


def mypy_errors(checked: list[Block], directory: Path) -> dict[str, list[str]]:
    """mypy's errors per block (by `Block.name`), all blocks checked in one run."""
    errors: dict[str, list[str]] = {}
    files = []
    for block in checked:
        try:  # mypy stops at the first file it cannot parse: such a block is reported alone
            compile(block.code, str(block), "exec")
        except SyntaxError as error:
            errors[block.name] = [f"line {error.lineno}: {error.msg}"]
            continue
        files.append(directory / f"{block.name}.py")
        files[-1].write_text(block.code, encoding="utf-8")
    out, _ = run(*files)
    for match in re.finditer(r"(\w+)\.py:(\d+): error: (.*)", out):
        errors.setdefault(match.group(1), []).append(f"line {match.group(2)}: {match.group(3)}")
    return errors


@pytest.fixture(scope="module")
def readme_mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    return mypy_errors(BLOCKS, tmp_path_factory.mktemp("readme_blocks"))


def run_block(block: Block) -> None:
    """Run `block` as its own module."""
    exec(compile(block.code, str(block), "exec"), {"__name__": f"readme_{block.name}"})


@pytest.fixture(scope="module")
def pki() -> Pki:
    return Pki(rsa.generate_private_key(public_exponent=65537, key_size=2048))


def test_the_documents_have_python_blocks() -> None:
    assert {block.document for block in BLOCKS} == {"README.md", "plugins/README.md"}


def test_every_known_mypy_gap_names_a_block() -> None:
    assert set(MYPY_GAPS) <= {(block.document, block.section) for block in BLOCKS}


@pytest.mark.parametrize("block", mypy_cases(), ids=str)
def test_a_block_passes_mypy_strict(block: Block, readme_mypy_errors: dict[str, list[str]]) -> None:
    assert readme_mypy_errors.get(block.name, []) == [], f"{block}: {readme_mypy_errors[block.name]}"


@pytest.mark.parametrize("block", BLOCKS, ids=str)
def test_a_block_runs_against_a_fake_org(
    block: Block, pki: Pki, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    org = ReadmeOrg(csr=pki.csr_base64)
    in_world(org, pki, monkeypatch, tmp_path)
    run_block(block)


def test_a_block_with_a_type_error_a_syntax_error_or_an_exception_fails(tmp_path: Path) -> None:
    typed = Block("X.md", 1, "from okta_client import OktaClient\nOktaClient.from_config(max_retrys=1)\n", "S")
    broken = Block("X.md", 9, "for user in users\n", "S")
    errors = mypy_errors([typed, broken], tmp_path)
    assert "max_retrys" in errors[typed.name][0] and errors[broken.name] == ["line 1: expected ':'"]
    with pytest.raises(ZeroDivisionError):
        run_block(Block("X.md", 20, "1 / 0\n", "S"))


def in_world(org: ReadmeOrg, pki: Pki, monkeypatch: pytest.MonkeyPatch, directory: Path) -> None:
    """Configuration, files and sign-in as the blocks expect them; every client talks to `org`."""
    monkeypatch.chdir(directory)
    monkeypatch.setenv("HOME", str(directory))
    for name in [name for name in os.environ if name.startswith("OKTA_CLIENT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("OKTA_CLIENT_ORGURL", ORG)
    monkeypatch.setenv("OKTA_CLIENT_TOKEN", "00-readme-token")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    (directory / "key.pem").write_bytes(pem)
    (directory / "signed.pem").write_bytes(pki.pem)

    def sign_in(config: Any) -> PkceTokens:
        return PkceTokens(
            access_token="at-readme", token_type="Bearer", scopes=frozenset(config.scopes), expires_in=3600
        )

    original = OktaClient.from_config.__func__  # type: ignore[attr-defined]

    def from_config(cls: type[OktaClient], *, httpx_args: dict[str, Any] | None = None, **kwargs: Any) -> OktaClient:
        args = {"transport": httpx.MockTransport(org), **(httpx_args or {})}
        return original(cls, httpx_args=args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(okta_client, "authorize_with_pkce", sign_in)
    monkeypatch.setattr(OktaClient, "from_config", classmethod(from_config))
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
