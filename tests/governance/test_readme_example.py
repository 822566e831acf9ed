"""The README's governance example, taken from README.md itself and run against a mock org."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import okta_client
import pytest
from okta_client import OktaClient
from okta_plugins.auth.pkce import PkceTokens

from ..docs.readme_blocks import blocks
from .mock_governance import COLLEAGUE, ENTRY, FIELDS, ORG, GovernanceOrg

SECTION = "Requesting access through Okta Identity Governance"
SCOPES = {"okta.accessRequests.catalog.read", "okta.accessRequests.request.read", "okta.accessRequests.request.manage"}


def readme_example() -> str:
    """The first Python block of the README's governance section."""
    found = [block.code for block in blocks() if block.document == "README.md" and block.section == SECTION]
    assert found, f"no python block under {SECTION!r} in README.md"
    return found[0]


def run_example(org: GovernanceOrg, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[float]:
    """Run the block with sign-in and transport replaced; return the sleeps it asked for."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OKTA_CLIENT_ORGURL", ORG)
    signed_in: list[Any] = []

    def sign_in(config: Any) -> PkceTokens:
        signed_in.append(config)
        return PkceTokens(
            access_token="at-signed-in", token_type="Bearer", scopes=frozenset(config.scopes), expires_in=3600
        )

    original = OktaClient.from_config.__func__  # type: ignore[attr-defined]

    def from_config(cls: type[OktaClient], **kwargs: Any) -> OktaClient:
        return original(cls, httpx_args={"transport": httpx.MockTransport(org)}, **kwargs)  # type: ignore[no-any-return]

    sleeps: list[float] = []
    monkeypatch.setattr(okta_client, "authorize_with_pkce", sign_in)
    monkeypatch.setattr(OktaClient, "from_config", classmethod(from_config))
    monkeypatch.setattr(time, "sleep", sleeps.append)
    exec(compile(readme_example(), "README.md", "exec"), {"__name__": "readme_example"})
    assert [set(config.scopes) for config in signed_in] == [SCOPES]
    return sleeps


def sent_values(org: GovernanceOrg) -> dict[str, Any]:
    (body,) = org.submitted
    return {value["id"]: {k: v for k, v in value.items() if k != "id"} for value in body["requesterFieldValues"]}


def test_the_example_fills_every_required_field_by_its_type(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    org = GovernanceOrg(states=[("APPROVED", "GRANTED")])
    run_example(org, monkeypatch, tmp_path)
    assert sent_values(org) == {
        "OKTA_REQUESTED_FOR": {"value": COLLEAGUE},
        "justification": {"value": "John joins the design review this week."},
        "team": {"value": "Design"},
        "regions": {"values": ["EMEA"]},
        "start": {"value": "2026-07-01T09:00:00Z"},
        "ACCESS_DURATION": {"value": "P30D"},
    }
    listed = org.requests[0]
    assert listed.url.params["filter"] == "not(parent pr)" and "limit" not in listed.url.params
    assert all(request.headers["authorization"] == "Bearer at-signed-in" for request in org.requests)


@pytest.mark.parametrize(
    ("states", "polls"),
    [
        ([("PENDING", None), ("APPROVED", "PENDING"), ("APPROVED", "PENDING"), ("APPROVED", "GRANTED")], 4),
        ([("PENDING", None), ("APPROVED", "FAILED")], 2),
        ([("APPROVED", "MANUAL_REQUIRED")], 1),
        ([("PENDING", None), ("DENIED", None)], 2),
        ([("SUBMITTED", None), ("EXPIRED", None)], 2),
    ],
)
def test_the_example_polls_until_status_and_grant_are_final(
    states: list[tuple[str, str | None]], polls: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    org = GovernanceOrg(states=states)
    sleeps = run_example(org, monkeypatch, tmp_path)
    assert org.polls == polls and len(sleeps) == polls


def test_the_mock_refuses_free_text_in_typed_fields() -> None:
    # What the README's old example sent: free text in every required field, whatever its type.
    org = GovernanceOrg(states=[("APPROVED", "GRANTED")])
    body = {"requesterFieldValues": [{"id": f["id"], "value": "Reviewing"} for f in FIELDS if f["required"]]}
    answer = org._create(body)
    assert answer.status_code == 400 and "OKTA_REQUESTED_FOR" in answer.json()["errorSummary"]
    assert ENTRY in str(org._request("SUBMITTED", None)["requested"])
