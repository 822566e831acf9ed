"""The optional orjson engine: the same bytes and the same values as the standard-library JSON serializer."""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import okta_api.models
import pytest
from hypothesis import given
from hypothesis import strategies as st
from okta_api.api import operation
from okta_api.api.group import list_groups
from okta_api.api.user import list_users
from okta_client import OktaClient
from okta_plugins.serializers import json_body, orjson_engine

from tests.okta_fakes import Script

# replaceGroup in Okta's current specs, updateGroup in 2.x; its body class differs too (Group in 2.x).
update_group = operation("replaceGroup", "updateGroup")


def group_body(**profile: Any) -> Any:
    """The operation's body for a group with this profile (a key left out stays unset, None is sent as null)."""
    body_class = getattr(okta_api.models, inspect.signature(update_group.sync).parameters["body"].annotation)
    return body_class.from_dict({"profile": profile})


FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "okta").glob("*.json"))
ORG = "https://dev-123.okta.com"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.stem)
def test_fixtures_decode_and_encode_identically(fixture: Path) -> None:
    content = fixture.read_bytes()
    value = json_body.loads(content)
    assert orjson_engine.loads(content) == value
    assert orjson_engine.dumps(value) == json_body.dumps(value)


class Color(enum.Enum):
    RED = "red"


TRICKY: list[Any] = [
    {"small": 1e-07, "big": 1e16, "third": 0.1},  # float formatting differs in orjson
    123456789012345678901234567890,  # beyond 64 bits
    {"when": datetime.datetime(2026, 1, 1, 1, 2, 3, 456789, tzinfo=datetime.timezone(datetime.timedelta(hours=5)))},
    {"day": datetime.date(2026, 1, 1), "naive": datetime.datetime(2026, 1, 1)},
    {"id": uuid.UUID("12345678-1234-5678-1234-567812345678"), "color": Color.RED},
    {"group": group_body(name="Eng", description=None)},
    {"text": "é \u2028 \x7f \x1f </script> \U0001f600"},
    {1: "int key", None: "null key"},
    [True, False, None, -0, 0, -9223372036854775808, 18446744073709551615],
]


@pytest.mark.parametrize("value", TRICKY)
def test_values_orjson_would_write_differently_are_written_identically(value: Any) -> None:
    assert orjson_engine.dumps(value) == json_body.dumps(value)


@pytest.mark.parametrize("value", [float("nan"), {"x": float("inf")}, object(), {"s": "\ud800"}])
def test_what_the_standard_library_refuses_is_refused_alike(value: Any) -> None:
    with pytest.raises((ValueError, TypeError)) as stdlib:
        json_body.dumps(value)
    with pytest.raises(type(stdlib.value)):
        orjson_engine.dumps(value)


@pytest.mark.parametrize(
    "content",
    [
        b"123456789012345678901234567890",
        b"-9999999999999999999",
        b'{"id": 18446744073709551616}',
        b"1E400",
        b"NaN",
        b'{"a":1,"a":2}',
        b'"\\ud800"',
        b"\xef\xbb\xbf{}",
        b"[1e2, -0, -0.0, 0.1]",
    ],
)
def test_what_orjson_would_read_differently_is_read_identically(content: bytes) -> None:
    try:
        expected = json_body.loads(content)
    except ValueError as exc:
        with pytest.raises(type(exc)):
            orjson_engine.loads(content)
        return
    actual = orjson_engine.loads(content)
    assert repr(actual) == repr(expected)  # repr: int vs float, -0.0, nan


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@given(JSON)
def test_any_json_value_round_trips_identically(value: Any) -> None:
    try:
        encoded = json_body.dumps(value)
    except UnicodeEncodeError:  # lone surrogates: refused alike, tested above
        return
    assert orjson_engine.dumps(value) == encoded
    assert repr(orjson_engine.loads(encoded)) == repr(json_body.loads(encoded))


def clients(recorder: Script) -> dict[str, Any]:
    transport = httpx.MockTransport(recorder)
    return {
        "orjson": OktaClient.from_config(org_url=ORG, token="00t", httpx_args={"transport": transport}),
        "stdlib": OktaClient.from_config(
            org_url=ORG, token="00t", httpx_args={"transport": transport}, plugins_block="okta.serializers.orjson"
        ),
    }


def test_orjson_is_plugged_in_when_installed_and_can_be_blocked(recorder: Script) -> None:
    both = clients(recorder)
    assert both["orjson"].hooks.manager.get_plugin("okta.serializers.orjson") is orjson_engine
    assert both["stdlib"].hooks.manager.get_plugin("okta.serializers.orjson") is None


def test_orjson_answers_before_the_standard_library(recorder: Script, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    dumps, loads = orjson_engine.dumps, orjson_engine.loads
    monkeypatch.setattr(orjson_engine, "dumps", lambda value: calls.append("dumps") or dumps(value))
    monkeypatch.setattr(orjson_engine, "loads", lambda content: calls.append("loads") or loads(content))
    recorder.respond(200, {"id": "00g1"}, headers={"Content-Type": "application/json"})
    both = clients(recorder)
    group = update_group.sync("00g1", client=both["orjson"], body=group_body(name="Eng"))
    assert group is not None and group.id == "00g1"
    assert calls == ["dumps", "loads"]
    update_group.sync("00g1", client=both["stdlib"], body=group_body(name="Eng"))
    assert calls == ["dumps", "loads"]


def test_both_engines_send_the_same_bytes_and_parse_the_same_models(recorder: Script) -> None:
    from tests.conftest import load_fixture

    users_page = json.dumps(load_fixture("users_page_200.json")).encode()
    results = {}
    for name, okta in clients(recorder).items():
        body = group_body(name="Eng \u00e9", description=None)
        update_group.sync_detailed("00g1", client=okta, body=body)
        sent = recorder.last.content
        recorder.respond(200, users_page, headers={"Content-Type": "application/json"})
        users = list_users.sync(client=okta)
        groups_page = b'[{"id":"00g1","created":"2026-01-01T05:30:00.000+05:30"}]'
        recorder.respond(200, groups_page, headers={"Content-Type": "application/json"})
        groups = list_groups.sync(client=okta)
        results[name] = (sent, users, groups)
        recorder.respond(200, {})
    assert results["orjson"] == results["stdlib"]
    assert results["orjson"][1] and results["orjson"][2]
