"""The runtime's last check: a request goes to its operation's endpoint, or fails before credentials are added.

Generated code refuses odd path parameters; these tests take that check away (or change the path after
it) and show the runtime still refuses, with no auth flow run and nothing sent.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Generator, Iterator
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import okta_api._paths
import okta_api.api
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from okta_api.api import operation
from okta_api.api.user import list_users
from okta_api.errors import InvalidArgument
from okta_api.types import Operation
from okta_client import OktaClient, OktaConfig, OperationPathError, paginate
from okta_plugins import hookimpl
from okta_plugins._path_guard import _plain_path, path_mismatch, segment_mismatch

from tests.okta_fakes import ORG, Script

# DELETE /api/v1/groups/{groupId}/users/{userId}: unassignUserFromGroup today, removeUserFromGroup in 2.x.
remove_user_from_group = operation("unassignUserFromGroup", "removeUserFromGroup")
expire_password_and_get_temporary_password = operation(
    "expirePasswordWithTempPassword", "expirePasswordAndGetTemporaryPassword"
)
REMOVE_ID = remove_user_from_group.OPERATION.operation_id


class CountingAuth(httpx.Auth):
    """A credential that counts how often its flow ran."""

    def __init__(self) -> None:
        self.runs = 0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.runs += 1
        request.headers["Authorization"] = "Custom 1"
        yield request


class CustomAuthPlugin:
    def __init__(self, auth: CountingAuth) -> None:
        self.auth = auth

    @hookimpl
    def okta_auth(self, config: OktaConfig, mode: str) -> httpx.Auth | None:
        return self.auth


class MovePath:
    """A hook that sends every request to another endpoint."""

    def __init__(self, path: str) -> None:
        self.path = path

    @hookimpl
    def okta_prepare_request(self, request: httpx.Request, operation: Any, config: OktaConfig) -> None:
        request.url = request.url.copy_with(path=self.path)


def old_encoding(operation_id: str, name: str, value: object) -> str:
    """What generated code did before it checked values: percent-encode and hope."""
    return quote(str(value), safe="")


@pytest.fixture
def recorder() -> Script:
    return Script([httpx.Response(204)])


@pytest.fixture
def auth() -> CountingAuth:
    return CountingAuth()


@pytest.fixture
def okta(recorder: Script, auth: CountingAuth) -> OktaClient:
    return OktaClient.from_config(
        org_url=ORG,
        token="00t",
        plugins=[CustomAuthPlugin(auth)],
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )


@pytest.fixture
def unchecked_values(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(okta_api._paths, "encode_segment", old_encoding)
    yield


def test_the_reported_attack_is_refused_even_without_the_generated_check(
    okta: OktaClient, recorder: Script, auth: CountingAuth, unchecked_values: None
) -> None:
    with pytest.raises(OperationPathError, match=rf"^{REMOVE_ID}: the request path does not match "):
        remove_user_from_group.sync(group_id="..", user_id="00u1", client=okta)
    with pytest.raises(OperationPathError, match=REMOVE_ID):
        asyncio.run(remove_user_from_group.asyncio(group_id="..", user_id="00u1", client=okta))
    assert recorder.requests == [] and auth.runs == 0


def test_a_hook_that_moves_the_path_is_refused_before_auth(
    okta: OktaClient, recorder: Script, auth: CountingAuth
) -> None:
    mover = okta.hooks.plugin(MovePath("/api/v1/users/00u1"), name="mover")
    with mover, pytest.raises(OperationPathError, match=REMOVE_ID):
        remove_user_from_group.sync(group_id="00g1", user_id="00u1", client=okta)
    assert recorder.requests == [] and auth.runs == 0


def test_a_hand_built_request_with_another_operation_is_refused(
    okta: OktaClient, recorder: Script, auth: CountingAuth
) -> None:
    extensions = {"okta_operation": remove_user_from_group.OPERATION}
    for path in ("/api/v1/users/00u1", "/api/v1/groups/00g1/users/00u1/", "/api/v1/groups//users/00u1"):
        with pytest.raises(OperationPathError):
            okta.get_httpx_client().request("DELETE", path, extensions=extensions)
    assert recorder.requests == [] and auth.runs == 0
    okta.get_httpx_client().request("DELETE", "/api/v1/groups/00g1/users/00u1?x=1", extensions=extensions)
    assert len(recorder.requests) == 1 and auth.runs == 1


def test_matching_requests_pass(okta: OktaClient, recorder: Script) -> None:
    remove_user_from_group.sync(group_id="grüppe", user_id="00u1", client=okta)
    # In 2.x a multi-operation alternative whose spec path carried a query string (?tempPassword=true);
    # current specs give it a path of its own. Either way the template's path and query go out as they are.
    expire_password_and_get_temporary_password.sync("00u1", client=okta)
    removed, expired = (r.url.raw_path for r in recorder.requests)
    assert removed == b"/api/v1/groups/gr%C3%BCppe/users/00u1"
    template_path, _, template_query = expire_password_and_get_temporary_password.OPERATION.path.partition("?")
    path, _, query = expired.decode("ascii").partition("?")
    assert path == re.sub(r"\{[^/{}]+\}", "00u1", template_path)
    assert set(filter(None, template_query.split("&"))) <= set(query.split("&"))


def test_pagination_follows_next_links_to_the_same_endpoint_only() -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("after") == "2":
            return httpx.Response(200, json=[{"id": "00u2"}])
        return httpx.Response(200, json=[{"id": "00u1"}], headers={"Link": f'<{ORG}/api/v1/users?after=2>; rel="next"'})

    okta = OktaClient.from_config(org_url=ORG, token="00t", httpx_args={"transport": httpx.MockTransport(pages)})
    assert [user.id for user in paginate(list_users, client=okta)] == ["00u1", "00u2"]

    def elsewhere(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json=[{"id": "00u1"}], headers={"Link": f'<{ORG}/api/v1/groups?after=2>; rel="next"'}
        )

    okta = OktaClient.from_config(org_url=ORG, token="00t", httpx_args={"transport": httpx.MockTransport(elsewhere)})
    with pytest.raises(OperationPathError, match="listUsers"):
        list(paginate(list_users, client=okta))


@pytest.mark.parametrize(
    ("template", "path", "reason"),
    [
        (
            "/api/v1/users/{userId}/lifecycle/expire_password?tempPassword=true",
            "/api/v1/users/00u1/lifecycle/expire_password?tempPassword=true",
            None,
        ),
        ("/api/v1/users/{userId}", "/api/v1/users/%C3%BC", None),
        ("/api/v1/users/{userId}", "/api/v1/users/a.b", None),
        ("/api/v1/users/{userId}", "/api/v1/users/%252e", None),
        ("/api/v1/users/{userId}", "/api/v1/users/%2e%2E", "segment 4, {userId}, is a dot segment"),
        ("/api/v1/users/{userId}", "/api/v1/users/..;x", "segment 4, {userId}, is a dot segment"),
        ("/api/v1/users/{userId}", "/api/v1/users/a%2Fb", "segment 4, {userId}, holds a path separator once decoded"),
        ("/api/v1/users/{userId}", "/api/v1/users/a%5Cb", "segment 4, {userId}, holds a path separator once decoded"),
        ("/api/v1/users/{userId}", "/api/v1/users/", "segment 4, {userId}, is empty"),
        ("/api/v1/users/{userId}", "/api/v1/users", "it has 3 segments where the template has 4"),
        ("/api/v1/users/{userId}", "/api/v1/groups/00g1", "segment 3 is not 'users'"),
        ("/api/v1/apps/{appId}.json", "/api/v1/apps/0oa1.json", None),
        (
            "/api/v1/apps/{appId}.json",
            "/api/v1/apps/0oa1.xml",
            "segment 4, {appId}.json, does not have the template's form",
        ),
    ],
)
def test_path_mismatch(template: str, path: str, reason: str | None) -> None:
    operation = Operation(operation_id="op", method="GET", path=template, tag="t", scopes=())
    assert path_mismatch(operation, httpx.URL(ORG + path), "/") == reason


def test_a_base_path_is_respected() -> None:
    operation = Operation(operation_id="op", method="GET", path="/api/v1/users/{userId}", tag="t", scopes=())
    assert path_mismatch(operation, httpx.URL(ORG + "/okta/api/v1/users/00u1"), "/okta/") is None
    assert (
        path_mismatch(operation, httpx.URL(ORG + "/api/v1/users/00u1"), "/okta")
        == "it is not under the org URL path /okta"
    )


def _operations_with_path_parameters() -> list[ModuleType]:
    modules = []
    for info in pkgutil.walk_packages(okta_api.api.__path__, "okta_api.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION") and "{" in module.OPERATION.path:
            modules.append(module)
    return modules


OPERATIONS = _operations_with_path_parameters()


class _Body:
    def to_dict(self, omit_read_only: bool = False) -> dict[str, Any]:
        return {"name": "x"}


_STAND_INS: dict[str, Any] = {"bytes": b"x", "str": "x", "int": 1, "bool": True}


def _call(module: ModuleType, values: list[str], client: Any) -> Any:
    signature = inspect.signature(module._get_kwargs)
    extras = {
        p.name: _STAND_INS.get(str(p.annotation), _Body())
        for p in signature.parameters.values()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is inspect.Parameter.empty
    }
    return module.sync_detailed(*values, client=client, **extras)


VALUE = st.one_of(
    st.from_regex(r"\A[0-9a-zA-Z]{20}\Z"),
    st.lists(st.sampled_from([".", "..", "%2e", "%2E", "/", "%2f", "\\", ";", "\r\n", "x", "ü"]), max_size=4).map(
        "".join
    ),
    st.text(max_size=6),
)


@st.composite
def calls(draw: Callable[..., Any]) -> tuple[ModuleType, list[str]]:
    module = draw(st.sampled_from(OPERATIONS))
    count = module.OPERATION.path.count("{")
    return module, [draw(VALUE) for _ in range(count)]


@pytest.fixture(scope="module")
def shared() -> tuple[OktaClient, Script, CountingAuth]:
    recorder, auth = Script([httpx.Response(204)]), CountingAuth()
    client = OktaClient.from_config(
        org_url=ORG,
        token="00t",
        plugins=[CustomAuthPlugin(auth)],
        # They would refuse the stand-in bodies (not a certificate, not an image) before the path is judged.
        plugins_block=("okta.serializers.certificates", "okta.serializers.multipart"),
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    return client, recorder, auth


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls())
def test_without_the_generated_check_every_operation_still_reaches_its_endpoint_or_nothing(
    shared: tuple[OktaClient, Script, CountingAuth], case: tuple[ModuleType, list[str]]
) -> None:
    client, recorder, auth = shared
    module, values = case
    recorder.requests.clear()
    auth.runs = 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(okta_api._paths, "encode_segment", old_encoding)
        try:
            _call(module, values, client)
        except (OperationPathError, InvalidArgument, UnicodeEncodeError):
            # InvalidArgument: the governance fragment's id patterns; UnicodeEncodeError: the old quote on a surrogate.
            assert recorder.requests == [] and auth.runs == 0
            return
    [sent] = recorder.requests
    assert path_mismatch(module.OPERATION, sent.url, "/") is None
    template = module.OPERATION.path.split("/")
    actual = sent.url.raw_path.split(b"?", 1)[0].decode().split("/")
    assert len(actual) == len(template)
    assert all(a == t for a, t in zip(actual, template, strict=True) if not t.startswith("{"))
    assert all(a not in ("", ".", "..") for a, t in zip(actual, template, strict=True) if t.startswith("{"))


TEMPLATES = ["/api/v1/users/{userId}", "/api/v1/groups/{groupId}/users/{userId}", "/api/v1/apps/{appId}.json", "/"]
SEGMENT = st.lists(
    st.sampled_from([".", "..", "%2e", "%2F", "/", "\\", ";", " ", "a", "api", "v1", "users", "%"]), max_size=4
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(TEMPLATES), st.lists(SEGMENT.map("".join), max_size=6).map("/".join))
def test_the_quick_accept_accepts_only_what_the_segment_check_accepts(template: str, path: str) -> None:
    path = "/" + path
    if _plain_path(template, "").fullmatch(path):
        assert segment_mismatch(template, path, "") is None
