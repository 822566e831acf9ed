"""DPoP (RFC 9449) on the PrivateKey mode; the mock org verifies every proof with joserfc."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from okta_client import TokenEndpointError

from tests.okta_fakes import ORG, TOKEN_URL, MockOrg


@pytest.fixture
def dpop_org(mock_org: MockOrg) -> MockOrg:
    mock_org.require_dpop = True
    return mock_org


def claims_of(jwt_text: str) -> dict[str, Any]:
    part = jwt_text.split(".")[1]
    value: dict[str, Any] = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    return value


def list_users(client: Any) -> Any:
    from okta_api.api.user import list_users

    return list_users.sync_detailed(client=client)


def test_proofs_on_token_and_api_requests(private_key_client: Callable[..., Any], dpop_org: MockOrg) -> None:
    response = list_users(private_key_client(dpop=True))
    assert dpop_org.errors == []
    assert response.status_code == 200
    token_proof = claims_of(dpop_org.token_requests[0].headers["dpop"])
    assert token_proof["htm"] == "POST" and token_proof["htu"] == TOKEN_URL and "ath" not in token_proof
    api = dpop_org.api_requests[0]
    assert api.headers["authorization"] == f"DPoP {dpop_org.issued[0]}"
    assert claims_of(api.headers["dpop"])["htu"] == f"{ORG}/api/v1/users"


def test_every_request_gets_a_fresh_proof(private_key_client: Callable[..., Any], dpop_org: MockOrg) -> None:
    client = private_key_client(dpop=True)
    for _ in range(3):
        assert list_users(client).status_code == 200
    proofs = [request.headers["dpop"] for request in dpop_org.api_requests]
    assert len(set(proofs)) == 3
    assert dpop_org.errors == []


def test_proof_key_is_not_the_assertion_key(
    private_key_client: Callable[..., Any], dpop_org: MockOrg, ec_key: Any, ec_pem: str
) -> None:
    from joserfc.jwk import ECKey
    from jwt.algorithms import ECAlgorithm

    dpop_org.public_key = ECKey.import_key(ec_key.public_key())
    dpop_org.algorithm = "ES256"
    assert list_users(private_key_client(dpop=True, private_key=ec_pem)).status_code == 200
    header = json.loads(base64.urlsafe_b64decode(dpop_org.api_requests[0].headers["dpop"].split(".")[0] + "=="))
    assert header["jwk"]["kty"] == "EC"
    assert header["jwk"]["x"] != ECAlgorithm.to_jwk(ec_key.public_key(), as_dict=True)["x"]
    assert dpop_org.errors == []


def test_token_endpoint_nonce_is_retried_once(private_key_client: Callable[..., Any], dpop_org: MockOrg) -> None:
    dpop_org.dpop_nonce = "server-nonce-1"
    assert list_users(private_key_client(dpop=True)).status_code == 200
    assert len(dpop_org.token_requests) == 2
    assert claims_of(dpop_org.token_requests[1].headers["dpop"])["nonce"] == "server-nonce-1"
    assert dpop_org.errors == []


def test_token_endpoint_nonce_loop_is_bounded(private_key_client: Callable[..., Any], dpop_org: MockOrg) -> None:
    dpop_org.dpop_nonce = "a"
    client = private_key_client(dpop=True)
    # The server rotates its nonce on every answer, so the single retry also fails.
    original = dpop_org._token

    def rotating(request: Any) -> Any:
        dpop_org.dpop_nonce = (dpop_org.dpop_nonce or "") + "x"
        return original(request)

    dpop_org._token = rotating  # type: ignore[method-assign]
    with pytest.raises(TokenEndpointError, match="use_dpop_nonce"):
        list_users(client)
    assert len(dpop_org.token_requests) == 2


def test_resource_nonce_is_retried_once(private_key_client: Callable[..., Any], dpop_org: MockOrg) -> None:
    dpop_org.resource_nonce = "rs-nonce"
    client = private_key_client(dpop=True)
    assert list_users(client).status_code == 200
    assert len(dpop_org.api_requests) == 2
    assert claims_of(dpop_org.api_requests[1].headers["dpop"])["nonce"] == "rs-nonce"
    assert list_users(client).status_code == 200  # the nonce is remembered: no extra round trip
    assert len(dpop_org.api_requests) == 3
    assert dpop_org.errors == []


def test_dpop_async(private_key_client: Callable[..., Any], dpop_org: MockOrg) -> None:
    from okta_api.api.user import list_users as endpoint

    dpop_org.dpop_nonce = "n1"
    dpop_org.resource_nonce = "n2"
    client = private_key_client(dpop=True)

    async def main() -> list[int]:
        return [(await endpoint.asyncio_detailed(client=client)).status_code for _ in range(3)]

    assert asyncio.run(main()) == [200, 200, 200]
    assert dpop_org.errors == []
    assert len(dpop_org.issued) == 1


def test_bearer_answer_to_a_dpop_request_is_sent_as_bearer(
    private_key_client: Callable[..., Any], mock_org: MockOrg
) -> None:
    assert not mock_org.require_dpop  # this org ignores DPoP and issues Bearer tokens
    assert list_users(private_key_client(dpop=True)).status_code == 200
    assert "dpop" in mock_org.token_requests[0].headers
    assert mock_org.api_requests[0].headers["authorization"] == f"Bearer {mock_org.issued[0]}"
