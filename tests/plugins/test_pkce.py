"""Authorization Code + PKCE: the test plays the browser and drives the loopback redirect itself."""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from okta_client import (
    MissingClientIdError,
    OktaClient,
    PkceError,
    PkceStateMismatchError,
    TokenEndpointError,
    load_config,
)
from okta_plugins.auth.pkce import authorize_with_pkce

from tests.okta_fakes import ORG, TOKEN_URL

CLIENT = "0oa-native-app"


class FakeOkta:
    """Authorize endpoint (as a browser would see it) and token endpoint that checks the verifier."""

    def __init__(self) -> None:
        self.authorize_params: dict[str, str] = {}
        self.token_forms: list[dict[str, str]] = []
        self.redirects: list[httpx.Response] = []

    def browser(
        self,
        redirect: Callable[[dict[str, str]], dict[str, str]] = lambda p: {
            "code": "code-123",
            "state": p["state"],
        },
    ) -> Callable[[str], None]:
        def open_url(url: str) -> None:
            parsed = httpx.URL(url)
            assert str(parsed.copy_with(query=None)) == f"{ORG}/oauth2/v1/authorize"
            self.authorize_params = dict(parsed.params)
            # The user signs in; Okta redirects the browser to the loopback listener.
            self.redirects.append(
                httpx.get(
                    self.authorize_params["redirect_uri"],
                    params=redirect(self.authorize_params),
                )
            )

        return open_url

    def token(self, request: httpx.Request) -> httpx.Response:
        form = {key: value[0] for key, value in parse_qs(request.content.decode()).items()}
        self.token_forms.append(form)
        assert str(request.url) == TOKEN_URL
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(form["code_verifier"].encode()).digest()).rstrip(b"=").decode()
        )
        if (
            challenge != self.authorize_params["code_challenge"]
            or form["code"] != "code-123"
            or form["redirect_uri"] != self.authorize_params["redirect_uri"]
            or form["client_id"] != CLIENT
            or form["grant_type"] != "authorization_code"
        ):
            return httpx.Response(
                400,
                json={
                    "error": "invalid_grant",
                    "error_description": "PKCE verification failed.",
                },
            )
        return httpx.Response(
            200,
            json={
                "access_token": "pkce-access-token",
                "token_type": "Bearer",
                "expires_in": 3600,
                "scope": "okta.users.read",
                "refresh_token": "rt-1",
            },
        )


@pytest.fixture
def okta() -> FakeOkta:
    return FakeOkta()


def run(okta: FakeOkta, **kwargs: Any) -> Any:
    config = load_config(org_url=ORG, client_id=CLIENT, scopes="okta.users.read")
    kwargs.setdefault("open_browser", okta.browser())
    return authorize_with_pkce(
        config,
        redirect_port=0,
        timeout=5,
        transport=httpx.MockTransport(okta.token),
        **kwargs,
    )


def test_code_flow_yields_a_token_for_bearer(okta: FakeOkta, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    tokens = run(okta)
    assert tokens.access_token == "pkce-access-token"
    assert tokens.scopes == frozenset({"okta.users.read"})
    params = okta.authorize_params
    assert params["code_challenge_method"] == "S256"
    assert params["response_type"] == "code" and params["client_id"] == CLIENT
    assert params["scope"] == "okta.users.read"
    assert httpx.URL(params["redirect_uri"]).host == "127.0.0.1"
    assert 43 <= len(okta.token_forms[0]["code_verifier"]) <= 128
    assert okta.redirects[0].status_code == 200
    # The fake browser's own httpx request logs the redirect URL; a real browser is not ours to check.
    ours = [r.getMessage() for r in caplog.records if "/authorization-code/callback?" not in r.getMessage()]
    for secret in (
        "pkce-access-token",
        "rt-1",
        "code-123",
        okta.token_forms[0]["code_verifier"],
    ):
        assert all(secret not in message for message in ours)
        assert secret not in repr(tokens)

    seen: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    client = OktaClient.from_config(
        org_url=ORG,
        authorization_mode="Bearer",
        token=tokens.access_token,
        scopes=tokens.scopes,
        httpx_args={"transport": httpx.MockTransport(api)},
    )
    client.get_httpx_client().get("/api/v1/users")
    assert seen[0].headers["authorization"] == "Bearer pkce-access-token"


def test_each_flow_uses_a_fresh_state_and_verifier(okta: FakeOkta) -> None:
    run(okta)
    first = (okta.authorize_params["state"], okta.token_forms[0]["code_verifier"])
    run(okta)
    assert first != (
        okta.authorize_params["state"],
        okta.token_forms[1]["code_verifier"],
    )


def test_wrong_state_is_refused_before_the_exchange(okta: FakeOkta) -> None:
    browser = okta.browser(lambda p: {"code": "code-123", "state": p["state"] + "x"})
    with pytest.raises(PkceStateMismatchError):
        run(okta, open_browser=browser)
    assert okta.token_forms == []


def test_missing_state_is_refused(okta: FakeOkta) -> None:
    with pytest.raises(PkceStateMismatchError):
        run(okta, open_browser=okta.browser(lambda p: {"code": "code-123"}))
    assert okta.token_forms == []


def test_denied_sign_in_is_reported(okta: FakeOkta) -> None:
    browser = okta.browser(
        lambda p: {
            "error": "access_denied",
            "error_description": "User canceled",
            "state": p["state"],
        }
    )
    with pytest.raises(PkceError, match="access_denied"):
        run(okta, open_browser=browser)


def test_no_redirect_times_out(okta: FakeOkta) -> None:
    config = load_config(org_url=ORG, client_id=CLIENT, scopes="okta.users.read")
    with pytest.raises(PkceError, match="within"):
        authorize_with_pkce(config, open_browser=lambda url: None, redirect_port=0, timeout=0.3)


def test_bad_verifier_is_a_token_endpoint_error(okta: FakeOkta) -> None:
    def tampering(url: str) -> None:
        okta.browser()(url)
        okta.authorize_params["code_challenge"] = "tampered"

    with pytest.raises(TokenEndpointError, match="invalid_grant"):
        run(okta, open_browser=tampering)


def test_missing_client_id() -> None:
    with pytest.raises(MissingClientIdError):
        authorize_with_pkce(load_config(org_url=ORG), open_browser=lambda url: None, redirect_port=0)
