"""The governance "My Requests" fragment: merged, generated, and speaking the wire format."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from okta_api.api.my_requests import (
    create_my_request,
    get_my_catalog_entry_request_fields,
    get_my_request,
    list_my_catalog_entries,
)
from okta_api.client import Client
from okta_api.errors import InvalidArgument
from okta_api.models.governance_error import GovernanceError
from okta_api.models.my_access_request import MyAccessRequest
from okta_api.models.my_access_request_create import MyAccessRequestCreate
from okta_api.models.my_access_request_status import MyAccessRequestStatus
from okta_api.models.my_catalog_entry_list import MyCatalogEntryList
from okta_api.models.requester_field_value import RequesterFieldValue
from okta_api.types import UNSET
from okta_codegen.load import load_file
from openapi_spec_validator import validate

from ..conftest import ROOT
from ..okta_fakes import Script

ENTRY = "cenp2rjyxK1Js2Fc41d5"
REQUEST = "reqp1pmpjhVdGEcVK1d5"
BASE = "/governance/api/v2/my/catalogs/default/entries"


def examples(document: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    content = document["paths"][path][method]["responses"][status]
    if "$ref" in content:
        content = document["components"]["responses"][content["$ref"].rsplit("/", 1)[-1]]
    return {name: ex["value"] for name, ex in content["content"]["application/json"]["examples"].items()}


@pytest.fixture(scope="module")
def fragment() -> dict[str, Any]:
    return load_file(ROOT / "spec" / "governance.yaml")


def test_the_fragment_validates_on_its_own_and_declares_scopes(fragment: dict[str, Any]) -> None:
    validate(fragment)
    for path, item in fragment["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post"):
                (requirement,) = operation["security"]
                assert list(requirement) == ["oauth2"] and len(requirement["oauth2"]) == 1, (path, method)


def test_seven_operations_under_their_own_tag(normalized: dict[str, Any]) -> None:
    ours = {
        op["operationId"]: op["x-okta-scopes"]
        for path, item in normalized["paths"].items()
        if path.startswith("/governance/")
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert ours == {
        "listMyCatalogEntries": ["okta.accessRequests.catalog.read"],
        "getMyCatalogEntry": ["okta.accessRequests.catalog.read"],
        "getMyCatalogEntryRequestFields": ["okta.accessRequests.request.read"],
        "listMyCatalogEntryUsers": ["okta.accessRequests.catalog.read"],
        "getMyCatalogEntryUserRequestFields": ["okta.accessRequests.catalog.read"],
        "createMyRequest": ["okta.accessRequests.request.manage"],
        "getMyRequest": ["okta.accessRequests.request.read"],
    }
    assert {op.tag for op in (create_my_request.OPERATION, get_my_request.OPERATION)} == {"MyRequests"}


def test_create_with_fields(client: Client, recorder: Script, normalized: dict[str, Any]) -> None:
    (response, *_) = examples(normalized, f"{BASE}/{{entryId}}/requests", "post", "202").values()
    recorder.respond(202, response)
    body = MyAccessRequestCreate(
        requester_field_values=[RequesterFieldValue(id="justification", value="I review the new design system.")]
    )
    created = create_my_request.sync(ENTRY, client=client, body=body)
    assert recorder.last.method == "POST" and recorder.last.url.path == f"{BASE}/{ENTRY}/requests"
    assert json.loads(recorder.last.content) == {
        "requesterFieldValues": [{"id": "justification", "value": "I review the new design system."}]
    }
    assert isinstance(created, MyAccessRequest)
    assert created.id == response["id"]
    assert MyAccessRequest.from_dict(created.to_dict()) == created


def test_create_with_an_empty_body_sends_an_empty_object(client: Client, recorder: Script) -> None:
    recorder.respond(202, {"id": REQUEST, "status": "SUBMITTED"})
    create_my_request.sync(ENTRY, client=client, body=MyAccessRequestCreate())
    assert recorder.last.content == b"{}"


def test_create_on_behalf_of_another_user(client: Client, recorder: Script) -> None:
    recorder.respond(202, {"id": REQUEST, "status": "PENDING"})
    body = MyAccessRequestCreate.from_dict(
        {
            "requesterFieldValues": [
                {"id": "OKTA_REQUESTED_FOR", "value": "00u1abcdEFGH2345ijk6"},
                {"id": "OKTA_ACCESS_DURATION", "value": "P7D"},
            ]
        }
    )
    result = create_my_request.sync(ENTRY, client=client, body=body)
    sent = json.loads(recorder.last.content)["requesterFieldValues"]
    assert sent[0] == {"id": "OKTA_REQUESTED_FOR", "value": "00u1abcdEFGH2345ijk6"}
    assert sent[1] == {"id": "OKTA_ACCESS_DURATION", "value": "P7D"}
    assert isinstance(result, MyAccessRequest) and result.status is MyAccessRequestStatus.PENDING


def test_retrieve_a_processed_request_with_its_links(
    client: Client, recorder: Script, normalized: dict[str, Any]
) -> None:
    found = examples(normalized, f"{BASE}/{{entryId}}/requests/{{requestId}}", "get", "200")
    approved = next(ex for ex in found.values() if ex.get("status") == "APPROVED")
    recorder.respond(200, approved)
    request = get_my_request.sync(ENTRY, REQUEST, client=client)
    assert recorder.last.url.path == f"{BASE}/{ENTRY}/requests/{REQUEST}"
    assert isinstance(request, MyAccessRequest) and request.status is MyAccessRequestStatus.APPROVED
    assert request.field_links.approval_sequence.href == approved["_links"]["approvalSequence"]["href"]
    assert MyAccessRequest.from_dict(request.to_dict()) == request


def test_an_unknown_status_is_kept(client: Client, recorder: Script) -> None:
    recorder.respond(200, {"id": REQUEST, "status": "ESCALATED"})
    request = get_my_request.sync(ENTRY, REQUEST, client=client)
    assert isinstance(request, MyAccessRequest)
    assert request.status == "ESCALATED" and not request.status.is_known


@pytest.mark.parametrize(("status", "code"), [(400, "E0000001"), (401, "E0000011"), (404, "E0000007")])
def test_error_bodies_parse(client: Client, recorder: Script, status: int, code: str) -> None:
    body = {
        "errorCode": code,
        "errorSummary": "Something was wrong",
        "errorLink": code,
        "errorId": "oaeXyZ123",
        "errorCauses": [{"errorSummary": "requesterFieldValues: the field justification is required"}],
    }
    recorder.respond(status, body)
    error = create_my_request.sync(ENTRY, client=client, body=MyAccessRequestCreate())
    assert isinstance(error, GovernanceError)
    assert error.error_code == code and error.error_causes[0].error_summary.startswith("requesterFieldValues")


def test_list_follows_the_next_cursor(client: Client, recorder: Script) -> None:
    pages = {
        None: {
            "data": [{"id": "cen1aaaaaaaaaaaaaaaa", "name": "Design tools", "requestable": True, "_links": {}}],
            "_links": {
                "self": {"href": "https://x"},
                "next": {"href": f"https://dev-123456.okta.com{BASE}?filter=not(parent+pr)&after=cen1aaaaaaaaaaaaaaaa"},
            },
        },
        "cen1aaaaaaaaaaaaaaaa": {
            "data": [{"id": "cen2bbbbbbbbbbbbbbbb", "name": "Payroll", "requestable": False, "_links": {}}],
            "_links": {"self": {"href": "https://x"}},
        },
    }
    recorder.replies = [lambda request: httpx.Response(200, json=pages[request.url.params.get("after")])]
    names, after = [], None
    while True:
        page = list_my_catalog_entries.sync(
            client=client, filter_="not(parent pr)", limit=1, after=after if after else UNSET
        )
        assert isinstance(page, MyCatalogEntryList)
        names += [entry.name for entry in page.data]
        if not page.field_links.next_:
            break
        after = parse_qs(urlsplit(page.field_links.next_.href).query)["after"][0]
    assert names == ["Design tools", "Payroll"]
    assert (
        recorder.requests[0].url.params["filter"] == "not(parent pr)"
        and recorder.requests[0].url.params["limit"] == "1"
    )


def test_request_fields_of_an_entry(client: Client, recorder: Script) -> None:
    recorder.respond(200, {"data": [{"id": "justification", "label": "Why?", "type": "TEXT", "required": True}]})
    fields = get_my_catalog_entry_request_fields.sync(ENTRY, client=client)
    assert fields.data[0].type_ == "TEXT" and fields.data[0].required is True


@pytest.mark.parametrize("bad", ["cen1", "cenp2rjyxK1Js2Fc41d5x", "cenp2rjyxK1Js2Fc41d/"])
def test_malformed_ids_fail_before_sending(client: Client, recorder: Script, bad: str) -> None:
    with pytest.raises(InvalidArgument, match="entry_id"):
        create_my_request.sync(bad, client=client, body=MyAccessRequestCreate())
    assert recorder.requests == []
