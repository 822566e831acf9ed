"""A mock Okta org for the end-user governance operations, as an httpx.MockTransport handler.

It serves one entry whose requester fields cover every field type, checks a submitted request the way
Okta's description says the fields must be filled (a 400 otherwise), and answers polls with a scripted
sequence of request states.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

ORG = "https://dev-123.okta.com"
BASE = "/governance/api/v2/my/catalogs/default/entries"
ENTRY = "cen5abcdEFGH6789ijk0"
COLLEAGUE = "00u1abcdEFGH2345ijk6"
ME = "00u2mnopQRST6789uvw0"
REQUEST = "reqp1pmpjhVdGEcVK1d5"
DURATION = re.compile(r"^P(\d+D|T\d+[HM])$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

# One field of each type, as Okta's request-fields answer gives them on behalf of another user.
FIELDS: list[dict[str, Any]] = [
    {"id": "OKTA_REQUESTED_FOR", "type": "OKTA_USER_ID", "required": True, "readOnly": False},
    {"id": "justification", "type": "TEXT", "label": "Why?", "required": True},
    {"id": "team", "type": "SELECT", "label": "Team", "choices": ["Design", "Product"], "required": True},
    {"id": "regions", "type": "MULTISELECT", "label": "Regions", "choices": ["EMEA", "APAC"], "required": True},
    {"id": "start", "type": "ISO_DATE", "label": "Start", "required": True},
    {"id": "ACCESS_DURATION", "type": "DURATION", "required": True, "readOnly": False, "maximumValue": "P30D"},
    {"id": "ticket", "type": "TEXT", "label": "Ticket, if any", "required": False},
]


def error(status: int, code: str, summary: str) -> httpx.Response:
    body = {"errorCode": code, "errorSummary": summary, "errorLink": code, "errorId": "oaeMock", "errorCauses": []}
    return httpx.Response(status, json=body)


@dataclass
class GovernanceOrg:
    """The org: `states` are the (status, grantStatus) answers of successive polls of the request."""

    states: list[tuple[str, str | None]]
    fields: list[dict[str, Any]] = field(default_factory=lambda: list(FIELDS))
    requests: list[httpx.Request] = field(default_factory=list)
    submitted: list[dict[str, Any]] = field(default_factory=list)
    polls: int = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not request.headers.get("authorization", "").startswith("Bearer "):
            return error(401, "E0000011", "Invalid token provided")
        path, method = request.url.path, request.method
        if method == "GET" and path == BASE:
            return httpx.Response(200, json=self._entries())
        if method == "GET" and path == f"{BASE}/{ENTRY}/users":
            return httpx.Response(200, json=self._users())
        if method == "GET" and path == f"{BASE}/{ENTRY}/users/{COLLEAGUE}/request-fields":
            return httpx.Response(200, json={"data": self.fields})
        if method == "POST" and path == f"{BASE}/{ENTRY}/requests":
            return self._create(json.loads(request.content))
        if method == "GET" and path == f"{BASE}/{ENTRY}/requests/{REQUEST}":
            status, grant = self.states[min(self.polls, len(self.states) - 1)]
            self.polls += 1
            return httpx.Response(200, json=self._request(status, grant))
        return error(404, "E0000007", f"Not found: {method} {path}")

    def _entries(self) -> dict[str, Any]:
        def entry(entry_id: str, name: str, requestable: bool) -> dict[str, Any]:
            return {"id": entry_id, "name": name, "requestable": requestable, "_links": {"self": {"href": ORG}}}

        return {
            "data": [entry("cenp2rjyxK1Js2Fc41d5", "Design tools", False), entry(ENTRY, "Design tools", True)],
            "_links": {"self": {"href": f"{ORG}{BASE}"}},
        }

    def _users(self) -> dict[str, Any]:
        user = {"id": COLLEAGUE, "firstName": "John", "lastName": "Doe", "email": "john.doe@example.com"}
        return {"data": [user], "_links": {"self": {"href": f"{ORG}{BASE}/{ENTRY}/users"}}}

    def _create(self, body: dict[str, Any]) -> httpx.Response:
        self.submitted.append(body)
        given = {value["id"]: value for value in body.get("requesterFieldValues") or []}
        for definition in self.fields:
            value = given.get(definition["id"])
            if value is None:
                if definition["required"]:
                    return error(400, "E0000001", f"requesterFieldValues: {definition['id']} is required")
                continue
            problem = _problem(definition, value)
            if problem:
                return error(400, "E0000001", f"requesterFieldValues: {definition['id']}: {problem}")
        return httpx.Response(202, json=self._request("SUBMITTED", None))

    def _request(self, status: str, grant: str | None) -> dict[str, Any]:
        answer: dict[str, Any] = {
            "id": REQUEST,
            "created": "2026-06-01T09:00:00Z",
            "createdBy": ME,
            "lastUpdated": "2026-06-01T09:00:00Z",
            "lastUpdatedBy": ME,
            "status": status,
            "requestedBy": {"type": "OKTA_USER", "externalId": ME},
            "requestedFor": {"type": "OKTA_USER", "externalId": COLLEAGUE},
            "requested": {"entryId": ENTRY},
            "_links": {"self": {"href": f"{ORG}{BASE}/{ENTRY}/requests/{REQUEST}"}},
        }
        if grant is not None:
            answer["grantStatus"] = grant
        return answer


def _problem(definition: dict[str, Any], value: dict[str, Any]) -> str | None:
    """What is wrong with a value for a field of this definition, or None."""
    kind, choices = definition["type"], definition.get("choices") or []
    if kind == "MULTISELECT":
        values = value.get("values")
        ok = isinstance(values, list) and values and set(values) <= set(choices) and "value" not in value
        return None if ok else f"needs `values` from {choices}"
    text = value.get("value")
    if not isinstance(text, str) or not text or "values" in value:
        return "needs a `value`"
    checks = {
        "SELECT": (text in choices, f"not one of {choices}"),
        "OKTA_USER_ID": (re.fullmatch(r"00u[0-9a-zA-Z]{17}", text) is not None, "not an Okta user id"),
        "DURATION": (DURATION.fullmatch(text) is not None, "not an ISO 8601 duration of one unit"),
        "ISO_DATE": (DATE_TIME.fullmatch(text) is not None, "not an ISO 8601 date-time"),
    }
    ok, problem = checks.get(kind, (True, ""))
    return None if ok else problem
