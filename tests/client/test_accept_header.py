"""The Accept header: JSON where the spec offers it among other media types (the parser reads JSON), and
JSON after any other success media type (Okta answers errors in JSON)."""

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


def test_a_non_json_success_still_accepts_json_errors() -> None:
    """SAML metadata comes as XML, but Okta's errors are JSON: an Accept of XML alone refuses them (406)."""
    from okta_api.api.application_sso import preview_sam_lmetadata_for_application
    from okta_api.models import Error

    def answer(request: httpx.Request) -> httpx.Response:
        offered = [part.split(";")[0].strip() for part in request.headers.get("accept", "").split(",")]
        if "application/json" not in offered:
            return httpx.Response(406)
        return httpx.Response(404, json={"errorCode": "E0000007", "errorSummary": "Not found"})

    client = Client(base_url="https://example.okta.com", httpx_args={"transport": httpx.MockTransport(answer)})
    response = preview_sam_lmetadata_for_application.sync_detailed("app1", client=client, kid="k1")
    assert response.status_code == 404
    assert isinstance(response.parsed, Error) and response.parsed.error_code == "E0000007"
