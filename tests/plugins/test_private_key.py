"""PrivateKey: client credentials with private_key_jwt, verified by an independent JOSE library."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from joserfc.jwk import ECKey
from jwt.algorithms import ECAlgorithm, RSAAlgorithm
from okta_client import (
    InvalidPrivateKeyError,
    MissingClientIdError,
    TokenEndpointError,
    TokenEndpointUnreachableError,
    UnauthorizedError,
    UnsupportedKeyAlgorithmError,
)
from okta_plugins.auth.private_key import PrivateKeyAuth

from tests.okta_fakes import CLIENT_ID, ORG, MockOrg


def list_users(client: Any) -> Any:
    from okta_api.api.user import list_users

    return list_users.sync_detailed(client=client)


def test_token_request_carries_a_verified_assertion_and_form(
    private_key_client: Callable[..., Any], mock_org: MockOrg
) -> None:
    response = list_users(private_key_client())
    assert mock_org.errors == []
    assert response.status_code == 200
    assert len(mock_org.token_requests) == 1
    form = parse_qs(mock_org.token_requests[0].content.decode())
    assert form["scope"] == ["okta.users.read okta.groups.manage"]
    sent = mock_org.api_requests[0]
    assert sent.headers["authorization"] == f"Bearer {mock_org.issued[0]}"
    assert sent.url.copy_with(query=None) == httpx.URL(f"{ORG}/api/v1/users")


def test_token_is_cached_across_calls(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    client = private_key_client()
    for _ in range(5):
        assert list_users(client).status_code == 200
    assert len(mock_org.token_requests) == 1
    assert len(mock_org.api_requests) == 5


def test_kid_from_config_is_in_the_header(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    mock_org.kid = "key-1"
    assert list_users(private_key_client(kid="key-1")).status_code == 200
    assert mock_org.errors == []


def test_es256_from_jwk(
    private_key_client: Callable[..., Any],
    mock_org: MockOrg,
    ec_key: ec.EllipticCurvePrivateKey,
) -> None:
    jwk = ECAlgorithm.to_jwk(ec_key, as_dict=True) | {"kid": "ec-1", "alg": "ES256"}
    mock_org.public_key = ECKey.import_key(ec_key.public_key())
    mock_org.algorithm = "ES256"
    mock_org.kid = "ec-1"
    assert list_users(private_key_client(private_key=json.dumps(jwk))).status_code == 200
    assert mock_org.errors == []
    assert len(mock_org.token_requests) == 1


def test_rs256_from_jwk_file(
    private_key_client: Callable[..., Any],
    mock_org: MockOrg,
    rsa_key: rsa.RSAPrivateKey,
    tmp_path: Any,
) -> None:
    path = tmp_path / "key.json"
    path.write_text(json.dumps(RSAAlgorithm.to_jwk(rsa_key, as_dict=True)))
    assert list_users(private_key_client(private_key=str(path))).status_code == 200
    assert mock_org.errors == []


def test_token_is_renewed_before_expiry(rsa_pem: str, mock_org: MockOrg) -> None:
    from okta_plugins.auth._keys import load_signing_key

    now = [1000.0]
    auth = PrivateKeyAuth(
        token_endpoint=f"{ORG}/oauth2/v1/token",
        client_id=CLIENT_ID,
        scopes=["okta.users.read"],
        key=load_signing_key(rsa_pem),
        clock=lambda: now[0],
    )
    mock_org.expires_in = 3600
    with httpx.Client(auth=auth, transport=httpx.MockTransport(mock_org)) as http:
        http.get(f"{ORG}/api/v1/users")
        now[0] += 3600 - 61  # still outside the 60 s renewal margin
        http.get(f"{ORG}/api/v1/users")
        assert len(mock_org.token_requests) == 1
        now[0] += 2  # inside the margin: renewed although not yet expired
        http.get(f"{ORG}/api/v1/users")
    assert len(mock_org.token_requests) == 2
    assert mock_org.api_requests[-1].headers["authorization"] == f"Bearer {mock_org.issued[1]}"


def test_invalid_token_renews_once_and_retries_once(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    client = private_key_client()
    assert list_users(client).status_code == 200
    mock_org.issued.clear()  # the org forgets the token: the next call gets 401 invalid_token
    response = list_users(client)
    assert response.status_code == 200
    assert len(mock_org.token_requests) == 2
    assert len(mock_org.api_requests) == 3


def test_persistent_invalid_token_is_not_retried_forever(
    private_key_client: Callable[..., Any], mock_org: MockOrg
) -> None:
    mock_org.api_handler = lambda request: httpx.Response(
        401, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
    )
    with pytest.raises(UnauthorizedError) as info:
        list_users(private_key_client())
    assert info.value.status_code == 401
    assert len(mock_org.token_requests) == 2
    assert len(mock_org.api_requests) == 2


def test_401_without_invalid_token_is_not_retried(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    mock_org.api_handler = lambda request: httpx.Response(401)
    with pytest.raises(UnauthorizedError):
        list_users(private_key_client())
    assert len(mock_org.token_requests) == 1
    assert len(mock_org.api_requests) == 1


def test_100_threads_cause_one_token_request(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    mock_org.token_delay = 0.05
    client = private_key_client()
    barrier = threading.Barrier(100)
    results: list[int] = []

    def call() -> None:
        barrier.wait()
        results.append(list_users(client).status_code)

    threads = [threading.Thread(target=call) for _ in range(100)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 100
    assert len(mock_org.token_requests) == 1
    assert mock_org.errors == []


def test_100_tasks_cause_one_token_request(rsa_pem: str, mock_org: MockOrg) -> None:
    from okta_api.api.user import list_users as endpoint
    from okta_client import OktaClient

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            await asyncio.sleep(0.05)  # lets the other tasks reach the cache while this one waits
        return mock_org(request)

    client = OktaClient.from_config(
        org_url=ORG,
        authorization_mode="PrivateKey",
        client_id=CLIENT_ID,
        scopes=["okta.users.read"],
        private_key=rsa_pem,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )

    async def main() -> list[int]:
        responses = await asyncio.gather(*(endpoint.asyncio_detailed(client=client) for _ in range(100)))
        return [response.status_code for response in responses]

    assert asyncio.run(main()) == [200] * 100
    assert len(mock_org.token_requests) == 1
    assert mock_org.errors == []


def test_error_response_from_token_endpoint_is_typed(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    mock_org.token_error = (
        401,
        {
            "error": "invalid_client",
            "error_description": "The client_assertion is invalid.",
        },
    )
    with pytest.raises(TokenEndpointError) as info:
        list_users(private_key_client())
    assert info.value.status_code == 401
    assert info.value.error == "invalid_client"
    assert "invalid_client" in str(info.value)
    assert mock_org.api_requests == []


def test_unreachable_token_endpoint_is_typed(rsa_pem: str) -> None:
    from okta_client import OktaClient

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = OktaClient.from_config(
        org_url=ORG,
        authorization_mode="PrivateKey",
        client_id=CLIENT_ID,
        scopes="okta.users.read",
        private_key=rsa_pem,
        httpx_args={"transport": httpx.MockTransport(refuse)},
    )
    with pytest.raises(TokenEndpointUnreachableError, match="oauth2/v1/token"):
        list_users(client)


def test_unreachable_token_endpoint_on_real_loopback_socket(rsa_pem: str) -> None:
    import socket

    from okta_client import OktaClient

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = OktaClient.from_config(
        org_url=f"http://127.0.0.1:{port}",
        authorization_mode="PrivateKey",
        client_id=CLIENT_ID,
        scopes="okta.users.read",
        private_key=rsa_pem,
    )
    with pytest.raises(TokenEndpointUnreachableError):
        list_users(client)


def test_missing_client_id_is_typed(private_key_client: Callable[..., Any]) -> None:
    with pytest.raises(MissingClientIdError, match="client id"):
        private_key_client(client_id=None)


@pytest.mark.parametrize(
    "bad",
    [
        "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----",
        "{not json",
        "/no/such/file.pem",
    ],
)
def test_bad_key_is_typed_and_not_quoted(private_key_client: Callable[..., Any], bad: str) -> None:
    with pytest.raises(InvalidPrivateKeyError) as info:
        private_key_client(private_key=bad)
    assert bad not in str(info.value)


def test_public_jwk_is_refused(private_key_client: Callable[..., Any], rsa_key: rsa.RSAPrivateKey) -> None:
    public = RSAAlgorithm.to_jwk(rsa_key.public_key(), as_dict=True)
    with pytest.raises(InvalidPrivateKeyError, match="public key"):
        private_key_client(private_key=json.dumps(public))


def test_wrong_algorithm_is_typed(private_key_client: Callable[..., Any], rsa_key: rsa.RSAPrivateKey) -> None:
    jwk = RSAAlgorithm.to_jwk(rsa_key, as_dict=True) | {"alg": "ES256"}
    with pytest.raises(UnsupportedKeyAlgorithmError, match="RS256"):
        private_key_client(private_key=json.dumps(jwk))


def test_unsupported_curve_is_typed(private_key_client: Callable[..., Any]) -> None:
    from cryptography.hazmat.primitives import serialization

    key = ec.generate_private_key(ec.SECP384R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    with pytest.raises(UnsupportedKeyAlgorithmError, match="P-256"):
        private_key_client(private_key=pem)


def test_symmetric_jwk_is_typed(private_key_client: Callable[..., Any]) -> None:
    jwk = {"kty": "oct", "k": "c2VjcmV0", "d": "x", "alg": "HS256"}
    with pytest.raises(UnsupportedKeyAlgorithmError):
        private_key_client(private_key=json.dumps(jwk))


def test_async_invalid_token_renews_once_and_sync_shares_the_cache(
    private_key_client: Callable[..., Any], mock_org: MockOrg
) -> None:
    from okta_api.api.user import list_users as endpoint

    client = private_key_client()
    assert list_users(client).status_code == 200
    mock_org.issued.clear()

    async def main() -> int:
        return (await endpoint.asyncio_detailed(client=client)).status_code

    assert asyncio.run(main()) == 200
    assert len(mock_org.token_requests) == 2
    assert list_users(client).status_code == 200  # the token the async call renewed
    assert len(mock_org.token_requests) == 2


def test_client_repr_hides_added_headers(
    private_key_client: Callable[..., Any],
) -> None:
    client = private_key_client().with_headers({"Authorization": "SSWS hidden-value"})
    assert "hidden-value" not in repr(client)
    assert "PrivateKey" in repr(client)


def test_pem_with_escaped_newlines_from_environment(
    private_key_client: Callable[..., Any],
    mock_org: MockOrg,
    rsa_pem: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OKTA_CLIENT_PRIVATEKEY", rsa_pem.replace("\n", "\\n"))
    assert list_users(private_key_client(private_key=None)).status_code == 200
    assert mock_org.errors == []
