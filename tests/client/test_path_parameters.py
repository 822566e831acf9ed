"""Path parameters fill exactly one segment of their operation's path, or the call fails before sending.

A `..` (or `%2e%2e`, or a `/`) in an id would otherwise let httpx's dot-segment removal move a call to
another endpoint: `remove_user_from_group(group_id="..", user_id="00u1")` used to send DELETE /api/v1/users/00u1.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import unicodedata
from collections.abc import Callable
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx
import okta_api.api
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from okta_api.api import operation
from okta_api.client import Client
from okta_api.errors import InvalidArgument

from ..okta_fakes import Script

# DELETE /api/v1/groups/{groupId}/users/{userId}: unassignUserFromGroup today, removeUserFromGroup in 2.x.
remove_user_from_group = operation("unassignUserFromGroup", "removeUserFromGroup")
REMOVE_ID = remove_user_from_group.OPERATION.operation_id

ORG = "https://dev-123456.okta.com"


def _operations_with_path_parameters() -> list[ModuleType]:
    modules = []
    for info in pkgutil.walk_packages(okta_api.api.__path__, "okta_api.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION") and "{" in module.OPERATION.path:
            modules.append(module)
    return modules


OPERATIONS = _operations_with_path_parameters()


class _Body:
    """Stands in for any model body: the generated code only asks it for its dict."""

    def to_dict(self, omit_read_only: bool = False) -> dict[str, Any]:
        return {"name": "x"}


_STAND_INS: dict[str, Any] = {"bytes": b"x", "str": "x", "int": 1, "bool": True}


def path_names(module: ModuleType) -> list[str]:
    """The Python names of the path parameters, in the order the functions take them."""
    signature = inspect.signature(module._get_kwargs)
    return [p.name for p in signature.parameters.values() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]


def spec_names(module: ModuleType) -> list[str]:
    """The spec names of the path parameters, in template order (the generated order)."""
    return [piece.split("}", 1)[0] for piece in module.OPERATION.path.split("{")[1:]]


def required_extras(module: ModuleType) -> dict[str, Any]:
    """A value for each required argument other than the path parameters and the client."""
    signature = inspect.signature(module._get_kwargs)
    return {
        p.name: _STAND_INS.get(str(p.annotation), _Body())
        for p in signature.parameters.values()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is inspect.Parameter.empty
    }


def call(module: ModuleType, values: list[str], client: Any) -> Any:
    return module.sync_detailed(*values, client=client, **required_extras(module))


def assert_fills_the_template(sent: httpx.Request, module: ModuleType, values: list[str]) -> None:
    """The sent path has the template's segments; each parameter's segment decodes to exactly its value."""
    template = module.OPERATION.path.split("/")
    actual = sent.url.raw_path.split(b"?", 1)[0].decode("ascii").split("/")
    assert len(actual) == len(template), (module.OPERATION.path, sent.url.raw_path)
    given_values = iter(values)
    for expected, raw in zip(template, actual, strict=True):
        if expected.startswith("{"):
            value = next(given_values)
            assert raw not in ("", ".", "..") and unquote(raw) == value, (module.OPERATION.path, sent.url.raw_path)
        else:
            assert raw == expected, (module.OPERATION.path, sent.url.raw_path)


@pytest.fixture(scope="module")
def shared() -> tuple[Client, Script]:
    recorder = Script()
    # No body: nothing to parse, whatever the operation returns.
    recorder.replies = [lambda request: httpx.Response(204)]
    return Client(base_url=ORG, httpx_args={"transport": httpx.MockTransport(recorder)}), recorder


def test_every_operation_with_path_parameters_is_found() -> None:
    assert len(OPERATIONS) > 250
    assert all(len(path_names(m)) == len(spec_names(m)) for m in OPERATIONS)


BAD = [
    "",
    ".",
    "..",
    " .. ",
    "%2e",
    "%2E%2e",
    ".%2E",
    "%252e%252e",
    "..;x",
    "a/b",
    "/",
    "a%2Fb",
    "a%252fb",
    "a\\b",
    "%5c",
    "a\rb",
    "a\nb",
    "a\r\nHost: evil",
    "a\x00",
    "\x7f",
    "a\u2028b",
    "\uff0e\uff0e",
    "\u2025",
    "a\uff0fb",
    "\ud800",
]


@pytest.mark.parametrize("value", BAD)
def test_a_value_that_could_leave_its_segment_is_refused_before_sending(
    client: Client, recorder: Script, value: str
) -> None:
    with pytest.raises(InvalidArgument, match=rf"^{REMOVE_ID}: path parameter groupId ") as caught:
        remove_user_from_group.sync(group_id=value, user_id="00u1", client=client)
    assert recorder.requests == []
    assert "nothing was sent" in str(caught.value)


def test_the_reported_attack_no_longer_reaches_the_user(client: Client, recorder: Script) -> None:
    for value in ("..", "%2e%2e", "../../users"):
        with pytest.raises(InvalidArgument, match="groupId"):
            remove_user_from_group.sync(group_id=value, user_id="00u1", client=client)
    with pytest.raises(InvalidArgument, match="userId"):
        remove_user_from_group.sync(group_id="00g1", user_id="..", client=client)
    with pytest.raises(InvalidArgument, match="groupId"):
        asyncio.run(remove_user_from_group.asyncio(group_id="..", user_id="00u1", client=client))
    assert recorder.requests == []


def test_the_message_names_the_problem_not_the_value(client: Client, recorder: Script) -> None:
    for value in ("s3cr3t/../x", "s3cr3t\r\n", "s3cr3t%2F"):
        with pytest.raises(InvalidArgument) as caught:
            remove_user_from_group.sync(group_id=value, user_id="00u1", client=client)
        assert "s3cr3t" not in str(caught.value)


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("00g1abcDEF", "00g1abcDEF"),
        ("grüppe", "gr%C3%BCppe"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("a.b", "a.b"),
        ("...", "..."),
        ("a b?c#d", "a%20b%3Fc%23d"),
        ("100%", "100%25"),
        ("user@example.com", "user%40example.com"),
    ],
)
def test_ordinary_and_unicode_ids_go_out_percent_encoded_as_utf8(
    client: Client, recorder: Script, value: str, segment: str
) -> None:
    remove_user_from_group.sync(group_id=value, user_id="00u1", client=client)
    assert recorder.last.url.raw_path == f"/api/v1/groups/{segment}/users/00u1".encode()


ORDINARY = st.one_of(
    st.from_regex(r"\A[0-9a-zA-Z]{20}\Z"),
    st.from_regex(r"\A00[a-z][0-9a-zA-Z]{5,17}\Z"),
    st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=12),
)
PIECES = [".", "%2e", "%2E", "%252e", "/", "%2f", "\\", "%5C", ";", " ", "\r", "\n", "%0d", "\x00", "x"]
HOSTILE = st.one_of(
    st.sampled_from(BAD),
    st.lists(st.sampled_from(PIECES), max_size=5).map("".join),
    st.text(max_size=8),
    st.text(st.characters(codec="utf-8"), max_size=8),
)
VALUE = st.one_of(ORDINARY, HOSTILE)


def clearly_fine(value: str) -> bool:
    """An id nothing should refuse: letters and digits only, stable under Unicode folding."""
    return value.isalnum() and unicodedata.normalize("NFKC", value).isalnum()


@st.composite
def calls(draw: Callable[..., Any]) -> tuple[ModuleType, list[str]]:
    module = draw(st.sampled_from(OPERATIONS))
    return module, [draw(VALUE) for _ in path_names(module)]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls())
def test_every_operation_sends_its_template_path_or_nothing(
    shared: tuple[Client, Script], case: tuple[ModuleType, list[str]]
) -> None:
    client, recorder = shared
    module, values = case
    recorder.requests.clear()
    try:
        call(module, values, client)
    except InvalidArgument as error:
        assert recorder.requests == []
        message = str(error)
        # Ours name the operation; the governance fragment's patterns (check_argument) name the argument.
        assert module.OPERATION.operation_id in message or any(f"{n}=" in message for n in path_names(module))
        # Only the governance fragment's patterned ids may refuse a plain id.
        assert not all(map(clearly_fine, values)) or "does not match" in message or "characters" in message
        return
    [sent] = recorder.requests
    assert sent.method == module.OPERATION.method
    assert_fills_the_template(sent, module, values)


def test_a_patterned_id_is_shown_cut_short(client: Client, recorder: Script) -> None:
    from okta_api.api.my_requests import get_my_catalog_entry_user_request_fields

    long_id = "x" * 30 + "TAIL" * 50
    with pytest.raises(InvalidArgument, match=r"entry_id='x{30}TA'\.\.\. is 230 characters") as caught:
        get_my_catalog_entry_user_request_fields.sync(long_id, "a" * 20, client=client)
    assert "TAILTAIL" not in str(caught.value) and recorder.requests == []
