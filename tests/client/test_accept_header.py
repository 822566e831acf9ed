"""A success response the spec offers as JSON among other media types is asked for as JSON: the parser reads JSON."""

from __future__ import annotations

import httpx
from okta_api.api.application_sso_credential_key import generate_csr_for_application
from okta_api.client import Client
from okta_api.models import CsrMetadata


def test_json_is_asked_for_when_the_spec_offers_it_among_others() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"id": "h5vb7EFDgR1aTIMaZdDe", "csr": "MIIC", "kty": "RSA"})

    client = Client(base_url="https://example.okta.com", httpx_args={"transport": httpx.MockTransport(answer)})
    response = generate_csr_for_application.sync_detailed("app1", client=client, body=CsrMetadata.from_dict({}))
    assert seen[0].headers.get("accept", "application/json") in ("application/json", "*/*")
    assert response.parsed is not None
