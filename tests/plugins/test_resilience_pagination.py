"""Pagination: item by item and page by page, sync and async, constant memory, next links checked."""

from __future__ import annotations

import asyncio
import inspect
import json
import weakref
from typing import Any

import httpx
import pytest
from okta_api.api.my_requests import list_my_catalog_entries
from okta_api.api.user import get_user, list_users
from okta_client import ForeignNextLinkError, ServerError, paginate

from tests.okta_fakes import ORG, FakeClock, Script, build_client


def user(number: int) -> dict[str, Any]:
    return {"id": f"00u{number}", "status": "ACTIVE", "profile": {"login": f"user{number}@example.com"}}


class UserPages:
    """``pages`` pages of ``size`` users, each page rendered only when requested."""

    def __init__(self, pages: int, size: int, next_base: str = ORG) -> None:
        self.pages, self.size, self.next_base = pages, size, next_base
        self.requests: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url)
        index = int(request.url.params.get("after", "0"))
        body = json.dumps([user(index * self.size + n) for n in range(self.size)]).encode()
        headers = {"Content-Type": "application/json", "Link": f'<{request.url}>; rel="self"'}
        if index + 1 < self.pages:
            headers["Link"] += f', <{self.next_base}/api/v1/users?after={index + 1}&limit={self.size}>; rel="next"'
        return httpx.Response(200, headers=headers, content=body)


def test_10000_items_over_50_pages_stream_without_keeping_pages() -> None:
    server = UserPages(pages=50, size=200)
    client = build_client(server, FakeClock())
    first_of_page: list[weakref.ref[Any]] = []
    seen = 0
    for item in paginate(list_users, client=client, limit=200):
        if seen % 200 == 0:
            # Structural check of constant memory: every earlier page has been freed.
            assert all(ref() is None for ref in first_of_page), f"a page before item {seen} is still alive"
            first_of_page.append(weakref.ref(item))
        assert item.id == f"00u{seen}"
        seen += 1
    assert seen == 10_000 and len(server.requests) == 50
    assert server.requests[0].params["limit"] == "200"


def test_pages_come_one_list_at_a_time() -> None:
    client = build_client(UserPages(pages=3, size=4), FakeClock())
    pages = list(paginate(list_users, client=client, limit=4).pages())
    assert [len(page) for page in pages] == [4, 4, 4]
    assert [user.id for user in pages[2]] == ["00u8", "00u9", "00u10", "00u11"]


def test_async_items_and_pages() -> None:
    client = build_client(UserPages(pages=3, size=2), FakeClock())

    async def main() -> tuple[list[str], list[int]]:
        items = [user.id async for user in paginate(list_users, client=client, limit=2)]
        sizes = [len(page) async for page in paginate(list_users, client=client, limit=2).apages()]
        return items, sizes

    items, sizes = asyncio.run(main())
    assert items == [f"00u{n}" for n in range(6)] and sizes == [2, 2, 2]


def test_limit_and_after_are_passed_on_and_a_function_works_too() -> None:
    server = UserPages(pages=3, size=2)
    client = build_client(server, FakeClock())
    ids = [user.id for user in paginate(list_users.sync, client=client, limit=2, after="1")]
    assert ids == ["00u2", "00u3", "00u4", "00u5"]
    assert server.requests[0].params["after"] == "1" and server.requests[0].params["limit"] == "2"


@pytest.mark.parametrize(
    "next_base",
    ["https://evil.example.com", "http://dev-123.okta.com", "https://dev-123.okta.com:8443", "https://dev-123.okta.co"],
)
def test_a_next_link_to_another_origin_or_http_is_refused(next_base: str) -> None:
    server = UserPages(pages=3, size=2, next_base=next_base)
    client = build_client(server, FakeClock())
    seen: list[str] = []
    with pytest.raises(ForeignNextLinkError) as info:
        for item in paginate(list_users, client=client, limit=2):
            seen.append(item.id)
    assert seen == ["00u0", "00u1"]  # the first page is served, then nothing more is requested
    assert len(server.requests) == 1
    assert info.value.expected_origin == "https://dev-123.okta.com:443"
    assert "refusing" in str(info.value) and "after=" not in str(info.value)


def test_relative_next_links_are_resolved() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if "after" in request.url.params:
            return httpx.Response(200, json=[user(2)])
        return httpx.Response(200, json=[user(1)], headers={"Link": '</api/v1/users?after=x>; rel="next"'})

    client = build_client(handler, FakeClock())
    assert [item.id for item in paginate(list_users, client=client)] == ["00u1", "00u2"]


def catalog_page(request: httpx.Request) -> httpx.Response:
    entry = {"id": "cen1", "label": "Salesforce", "_links": {"self": {"href": f"{ORG}/x"}}}
    if request.url.params.get("after") == "2":
        return httpx.Response(
            200, json={"data": [{**entry, "id": "cen2"}], "_links": {"self": {"href": str(request.url)}}}
        )
    nxt = f"{ORG}/governance/api/v2/my/catalogs/default/entries?filter=x&after=2"
    return httpx.Response(200, json={"data": [entry], "_links": {"self": {"href": "s"}, "next": {"href": nxt}}})


def test_governance_lists_give_data_items_and_follow_the_body_link() -> None:
    client = build_client(catalog_page, FakeClock(), scopes="okta.accessRequests.catalog.read")
    entries = list(paginate(list_my_catalog_entries, client=client, filter_="not(parent pr)"))
    assert [entry.id for entry in entries] == ["cen1", "cen2"]


def test_governance_body_links_are_checked_too() -> None:
    def foreign(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [], "_links": {"next": {"href": "https://evil.example.com/next"}}})

    with pytest.raises(ForeignNextLinkError):
        list(paginate(list_my_catalog_entries, client=build_client(foreign, FakeClock()), filter_="x"))


def test_a_failed_page_raises_its_typed_error() -> None:
    server = UserPages(pages=3, size=1)
    script = Script([server, httpx.Response(500, json={"errorCode": "E0000009", "errorSummary": "Internal"})])
    with pytest.raises(ServerError, match="E0000009"):
        list(paginate(list_users, client=build_client(script, FakeClock())))


def test_a_plain_generated_client_gets_typed_errors_too() -> None:
    from okta_api.client import Client

    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"errorCode": "E0000007"}))
    client = Client(base_url=ORG, httpx_args={"transport": transport})
    with pytest.raises(Exception, match="E0000007") as info:
        list(paginate(list_users, client=client))
    assert type(info.value).__name__ == "NotFoundError"


def test_an_operation_that_is_not_a_list_is_refused() -> None:
    client = build_client(lambda request: httpx.Response(200, json=user(1)), FakeClock())
    with pytest.raises(TypeError, match="getUser is not a list operation"):
        user_id = next(iter(inspect.signature(get_user.sync).parameters))  # `id` or `user_id`, by spec
        list(paginate(get_user, client=client, **{user_id: "00u1"}))
    with pytest.raises(TypeError, match="not a generated endpoint"):
        paginate(len, client=client)


def test_arguments_are_checked_where_paginate_is_called_before_anything_is_sent() -> None:
    script = Script()
    client = build_client(script, FakeClock())
    with pytest.raises(TypeError, match=r"paginate\(listUsers\): .*'limt'"):
        paginate(list_users, client=client, limt=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"paginate\(listUsers\) needs client="):
        paginate(list_users, limit=3)  # type: ignore[call-arg]
    assert script.requests == []


def test_path_parameters_go_positionally_as_sync_takes_them() -> None:
    from okta_api.api.group import list_group_users

    script = Script([httpx.Response(200, json=[user(1)])])
    client = build_client(script, FakeClock())
    members = list(paginate(list_group_users, "00g1", client=client, limit=2))
    assert [member.id for member in members] == ["00u1"]
    assert script.last.url.path == "/api/v1/groups/00g1/users" and script.last.url.params["limit"] == "2"


def test_a_next_link_to_the_same_page_does_not_loop_forever() -> None:
    from okta_client import PaginationError

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[user(1)], headers={"Link": f'<{request.url}>; rel="next"'})

    with pytest.raises(PaginationError, match="leads back to a page already fetched"):
        list(paginate(list_users, client=build_client(handler, FakeClock())))


class LinkLoop:
    """Pages named by ``after``; page ``n`` links to ``links[n]`` (``None``: the last page)."""

    def __init__(self, links: dict[str, str | None]) -> None:
        self.links = links
        self.requests: list[str] = []
        self.echoed = ""
        """The first request's other query parameters (defaults like sortOrder): Okta's next links keep them."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("after", "a")
        if not self.requests:
            kept = [(k, v) for k, v in request.url.params.multi_items() if k not in ("after", "limit")]
            self.echoed = "".join(f"&{httpx.QueryParams([item])}" for item in kept)
        self.requests.append(page)
        target = self.links[page]
        headers = {} if target is None else {"Link": f'<{ORG}/api/v1/users?{target}{self.echoed}>; rel="next"'}
        return httpx.Response(200, json=[user(len(self.requests))], headers=headers)


LOOPS = {
    "a-b-a": {"a": "after=b&limit=1", "b": "after=a&limit=1"},
    "a-b-c-b": {"a": "after=b&limit=1", "b": "after=c&limit=1", "c": "after=b&limit=1"},
    "query order differs": {"a": "limit=1&after=b", "b": "after=a&limit=1"},
    "seven pages round": {page: f"after={chr(ord(page) + 1) if page < 'g' else 'a'}&limit=1" for page in "abcdefg"},
}


@pytest.mark.parametrize("links", LOOPS.values(), ids=LOOPS.keys())
def test_a_next_link_loop_of_any_length_raises_naming_the_url(links: dict[str, str | None]) -> None:
    from okta_client import PaginationError

    server = LinkLoop(links)
    client = build_client(server, FakeClock())
    with pytest.raises(PaginationError, match=r"leads back to a page already fetched") as info:
        list(paginate(list_users, client=client, after="a", limit=1))
    assert len(server.requests) == len(set(server.requests))  # no page fetched twice
    assert f"{ORG}/api/v1/users?" in str(info.value)


def test_an_async_next_link_loop_raises_too() -> None:
    from okta_client import PaginationError

    server = LinkLoop(LOOPS["a-b-c-b"])

    async def walk() -> list[Any]:
        return [item async for item in paginate(list_users, client=build_client(server, FakeClock()), limit=1)]

    with pytest.raises(PaginationError, match=r"page 3, https://dev-123.okta.com/api/v1/users\?after=b&limit=1"):
        asyncio.run(walk())
    assert server.requests == ["a", "b", "c"]


def test_the_loop_guard_keeps_a_fingerprint_not_the_url() -> None:
    from okta_plugins._pagination import _SeenPages

    seen = _SeenPages("listUsers")
    for number in range(1_000):
        seen.add(httpx.URL(f"{ORG}/api/v1/users?after={'x' * 500}{number}"))
    assert {len(fingerprint) for fingerprint in seen._seen} == {16}


def test_a_looping_link_with_a_secret_in_its_query_is_named_redacted() -> None:
    from okta_client import PaginationError

    server = LinkLoop({"a": "after=a&limit=1&access_token=LEAKED-TOKEN"})
    with pytest.raises(PaginationError) as info:
        list(paginate(list_users, client=build_client(server, FakeClock()), limit=1))
    assert "LEAKED-TOKEN" not in str(info.value) and "access_token=<redacted>" in str(info.value)
