"""spec/governance.yaml against Okta's published end-user governance API (pinned in spec/governance-reference.toml).

Every fragment operation must exist there with the same method, path, parameters and request body, and every
response field Okta documents must be in our models, unless tests/governance/known_differences.toml lists the
difference with its reason.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
from okta_codegen import pin as pin_module
from okta_codegen.errors import SpecError
from okta_codegen.load import load_file
from okta_codegen.pin import read_pin

from ..conftest import ROOT
from .conformance import (
    PIN,
    Change,
    KnownDifference,
    differences,
    read_known_differences,
    reference_document,
    render,
    security_differences,
)

KNOWN = ROOT / "tests" / "governance" / "known_differences.toml"
REQUEST = "/governance/api/v2/my/catalogs/default/entries/{entryId}/requests/{requestId}"
CREATE = "/governance/api/v2/my/catalogs/default/entries/{entryId}/requests"


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    return reference_document(ROOT)


@pytest.fixture(scope="module")
def fragment() -> dict[str, Any]:
    return load_file(ROOT / "spec" / "governance.yaml")


def unexplained(changes: list[Change], known: list[KnownDifference]) -> list[Change]:
    return [change for change in changes if not any(entry.covers(change) for entry in known)]


def test_the_fragment_matches_okta_or_says_why(fragment: dict[str, Any], reference: dict[str, Any]) -> None:
    known = read_known_differences(KNOWN)
    changes = differences(fragment, reference)
    left = unexplained(changes, known)
    assert not left, "spec/governance.yaml differs from Okta's description (fix it or add to known_differences):\n" + (
        render(left)
    )
    stale = [entry for entry in known if not any(entry.covers(change) for change in changes)]
    assert not stale, f"known differences that match nothing any more: {stale}"


def test_every_fragment_operation_pairs_with_one_of_okta(fragment: dict[str, Any], reference: dict[str, Any]) -> None:
    changes = differences(fragment, reference)
    assert not [change for change in changes if change.kind == "operation removed"]


def test_scopes_and_oauth_flows_match_okta(fragment: dict[str, Any], reference: dict[str, Any]) -> None:
    assert security_differences(fragment, reference) == []
    (scheme,) = fragment["components"]["securitySchemes"].items()
    assert scheme[0] == "oauth2" and scheme[1]["type"] == "oauth2"
    assert list(scheme[1]["flows"]) == ["authorizationCode"]


def test_a_field_okta_adds_to_a_response_is_reported(fragment: dict[str, Any], reference: dict[str, Any]) -> None:
    theirs = copy.deepcopy(reference)
    theirs["components"]["schemas"]["request-full"]["allOf"][2]["properties"]["escalated"] = {"type": "boolean"}
    left = unexplained(differences(fragment, theirs), read_known_differences(KNOWN))
    assert [(c.kind, c.subject) for c in left] == [
        ("field added", "`createMyRequestV2` response 202 field `escalated`"),
        ("field added", "`getMyRequestV2` response 200 field `escalated`"),
    ]


def test_a_field_we_drop_from_a_model_is_reported(fragment: dict[str, Any], reference: dict[str, Any]) -> None:
    ours = copy.deepcopy(fragment)
    del ours["components"]["schemas"]["MyAccessRequest"]["properties"]["grantStatus"]
    left = unexplained(differences(ours, reference), read_known_differences(KNOWN))
    assert {(c.kind, c.subject) for c in left} == {
        ("field added", "`createMyRequestV2` response 202 field `grantStatus`"),
        ("field added", "`getMyRequestV2` response 200 field `grantStatus`"),
    }


def test_parameter_body_enum_and_path_changes_are_reported(fragment: dict[str, Any], reference: dict[str, Any]) -> None:
    theirs = copy.deepcopy(reference)
    theirs["paths"][REQUEST]["get"]["parameters"].append({"name": "expand", "in": "query", "required": True})
    theirs["components"]["schemas"]["request-grant-status"]["enum"].append("EXPIRED")
    theirs["components"]["schemas"]["request-field-value"]["required"].append("type")
    ours = copy.deepcopy(fragment)
    ours["components"]["parameters"]["GovernanceEntryLimit"]["schema"]["default"] = 20
    ours["paths"]["/governance/api/v2/my/catalogs/default/entries/{entryId}/mine"] = ours["paths"].pop(CREATE)
    found = {(c.kind, c.subject) for c in unexplained(differences(ours, theirs), read_known_differences(KNOWN))}
    assert ("parameter added", "`getMyRequestV2` query parameter `expand`") in found
    assert ("enum value added", "`getMyRequestV2` response 200 field `grantStatus`") in found
    assert ("field now required", "`getMyRequestV2` response 200 field `requesterFieldValues`[] field `type`") in found
    assert ("parameter constraint", "`listMyDefaultEntriesV2` query parameter `limit` default") in found
    assert ("operation removed", "`createMyRequest`") in found


def test_an_oauth_flow_okta_lacks_is_reported(fragment: dict[str, Any], reference: dict[str, Any]) -> None:
    ours = copy.deepcopy(fragment)
    ours["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"] = {
        "tokenUrl": "/oauth2/v1/token",
        "scopes": {},
    }
    ours["paths"][CREATE]["post"]["security"] = [{"oauth2": ["okta.accessRequests.request.read"]}]
    found = security_differences(ours, reference)
    assert any(line.startswith("`createMyRequest` scopes") for line in found)
    assert any(line.startswith("OAuth flows differ") for line in found)


def test_the_reference_is_downloaded_when_absent_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pin = read_pin(ROOT / "spec" / PIN)
    published = (ROOT.parent / "shared" / "spec" / pin.file).read_bytes()
    root = tmp_path / "project"
    (root / "spec").mkdir(parents=True)
    shutil.copy(ROOT / "spec" / PIN, root / "spec" / PIN)
    fetched: list[str] = []
    monkeypatch.setattr(pin_module, "_download", lambda url: fetched.append(url) or published)
    document = reference_document(root)
    assert fetched == [pin.url] and document["info"]["version"] == pin.version
    assert (root / "build" / pin.file).read_bytes() == published
    (root / "build" / pin.file).unlink()
    monkeypatch.setattr(pin_module, "_download", lambda url: published + b"\n# changed\n")
    with pytest.raises(SpecError, match="sha256 is"):
        reference_document(root)


def test_a_known_difference_without_a_reason_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "known.toml"
    path.write_text('[[difference]]\nkind = "field added"\nsubject = "*"\nreason = " "\n', encoding="utf-8")
    with pytest.raises(ValueError, match="difference #1 lacks reason"):
        read_known_differences(path)
