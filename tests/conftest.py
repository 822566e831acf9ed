"""Shared fixtures: the project's root, the pinned upstream spec and its normalized form."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from .okta_fakes import Script

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

# pytester: the suite's own guards run small pytest sessions; _no_skips: a skip fails the run.
pytest_plugins = ["pytester", "tests._no_skips"]


def load_fixture(name: str) -> Any:
    return json.loads((FIXTURES / "okta" / name).read_text(encoding="utf-8"))


# The seed's spec: a second supported target, with the constructs Okta's older specs use.
LEGACY_PIN = ROOT / "spec" / "targets" / "okta-2.16.0.toml"


def _load_pinned(pin_path: Path) -> dict[str, Any]:
    from okta_codegen.load import load_document
    from okta_codegen.pin import fetch_pinned, read_pin

    pin = read_pin(pin_path)
    return load_document(fetch_pinned(pin, ROOT.parent / "shared" / "spec", ROOT / "build"), pin.file)


def _normalize(raw: dict[str, Any]) -> dict[str, Any]:
    from okta_codegen.normalize import fragment_paths, normalize

    return normalize(copy.deepcopy(raw), fragment_paths(ROOT / "spec"), load_entry_points=False)


@pytest.fixture(scope="session")
def _raw_upstream() -> dict[str, Any]:
    return _load_pinned(ROOT / "spec" / "upstream.toml")


@pytest.fixture(scope="session")
def _raw_legacy() -> dict[str, Any]:
    return _load_pinned(LEGACY_PIN)


@pytest.fixture
def legacy_upstream(_raw_legacy: dict[str, Any]) -> dict[str, Any]:
    """A fresh, untransformed copy of the 2.16.0 document."""
    return copy.deepcopy(_raw_legacy)


@pytest.fixture(scope="session")
def legacy_normalized(_raw_legacy: dict[str, Any]) -> dict[str, Any]:
    """The 2.16.0 document merged with our fragments and normalized (shared: do not mutate)."""
    return _normalize(_raw_legacy)


@pytest.fixture
def upstream(_raw_upstream: dict[str, Any]) -> dict[str, Any]:
    """A fresh, untransformed copy of the pinned upstream document."""
    return copy.deepcopy(_raw_upstream)


@pytest.fixture(scope="session")
def normalized(_raw_upstream: dict[str, Any]) -> dict[str, Any]:
    """The upstream document merged with our fragments and normalized (shared: do not mutate)."""
    return _normalize(_raw_upstream)


@pytest.fixture
def recorder() -> Script:
    return Script()


@pytest.fixture
def client(recorder: Script) -> Any:
    """A generated-client `Client` whose requests go to `recorder`."""
    from okta_api.client import Client

    return Client(base_url="https://dev-123456.okta.com", httpx_args={"transport": httpx.MockTransport(recorder)})
