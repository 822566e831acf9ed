"""Every item of a list operation, page by page, sync or async, in constant memory.

``paginate(list_users, client=client, limit=200)`` sends the operation's first request with the
given arguments (``limit`` and ``after`` keep working by hand), then follows
``Link: <...>; rel="next"`` (parsed by httpx's ``Response.links``) until there is none. Governance
lists, whose bodies are ``{"data": [...], "_links": {"next": {"href": ...}}}``, give the items of
``data`` and fall back on ``_links.next`` when there is no Link header. One page is parsed at a
time with the generated module's ``_parse_response`` and dropped before the next is fetched.

A next link to another origin than the first page's, or to plain http (except on loopback),
raises ``ForeignNextLinkError`` and is never requested, so credentials cannot follow it. A next
link to a page already fetched in this walk (a loop of any length: a -> a, a -> b -> a, ...)
raises ``PaginationError`` naming it (redacted) before it is requested; the walk remembers a
16-byte BLAKE2b fingerprint of each page's normalized URL, not the URL (about 100 bytes a page:
10 MB for 100,000 pages of 200 users).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any

import httpx

from ._errors import ForeignNextLinkError, PaginationError, error_for_response
from ._logging import pagination_logger
from ._origin import is_loopback_host
from ._redact import redact_url

__all__ = ["Pages", "paginate"]

_DEFAULT_PORTS = {"https": 443, "http": 80}


def _module_of(endpoint: ModuleType | Callable[..., Any]) -> ModuleType:
    module = endpoint if isinstance(endpoint, ModuleType) else sys.modules.get(getattr(endpoint, "__module__", ""))
    if module is None or not all(hasattr(module, name) for name in ("_get_kwargs", "_parse_response", "OPERATION")):
        raise TypeError(f"{endpoint!r} is not a generated endpoint module or one of its functions")
    return module


def _origin(url: httpx.URL) -> str:
    port = url.port if url.port is not None else _DEFAULT_PORTS.get(url.scheme)
    return f"{url.scheme}://{url.host.lower()}:{port}"


def _has(value: object, key: str) -> bool:
    """Whether a mapping, or a generated model (by JSON name), has ``key``."""
    if isinstance(value, str | bytes | list):
        return False
    contains = getattr(value, "__contains__", None)
    return contains is not None and bool(contains(key))


def _member(value: object, key: str) -> object:
    """``value[key]`` for a mapping or a generated model (by JSON name), else ``None``."""
    if not _has(value, key):
        return None
    try:
        return value[key]  # type: ignore[index]
    except (KeyError, TypeError):
        return None


def items_of(parsed: object, operation_id: str) -> list[Any]:
    """The items of one parsed page: a list, or a governance list's ``data``."""
    if parsed is None:
        return []
    if isinstance(parsed, list):
        return parsed
    if _has(parsed, "data"):  # a governance list page; ``data`` may be absent or null on an empty one
        data = _member(parsed, "data")
        return data if isinstance(data, list) else []
    raise TypeError(f"{operation_id} is not a list operation: a page parsed as {type(parsed).__name__}")


def _body_next(parsed: object) -> str | None:
    href = _member(_member(_member(parsed, "_links"), "next"), "href")
    return href if isinstance(href, str) and href else None


class Pages:
    """The items of one list call; iterate it (``for``/``async for``), or walk ``pages()``/``apages()``.

    Each iteration starts again from the first page.
    """

    def __init__(self, module: ModuleType, client: Any, arguments: dict[str, Any]) -> None:
        self._module = module
        self._client = client
        self._arguments = arguments
        self.operation_id: str = module.OPERATION.operation_id

    def __repr__(self) -> str:
        return f"Pages({self.operation_id})"

    def __iter__(self) -> Iterator[Any]:
        for page in self.pages():
            yield from page
            del page  # not kept alive while the next page is fetched

    async def _aitems(self) -> AsyncIterator[Any]:
        async for page in self.apages():
            for item in page:
                yield item
            del page

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._aitems()

    def pages(self) -> Iterator[list[Any]]:
        """Each page's items as a list, fetched as the previous one is done with."""
        http = self._client.get_httpx_client()
        request = self._module._get_kwargs(**self._arguments)
        origin: str | None = None
        seen = _SeenPages(self.operation_id)
        number = 0
        while True:
            response = http.request(**request)
            origin = origin or _origin(response.request.url)
            number += 1
            seen.add(response.request.url)
            page, link = self._read(response, number)
            del response
            yield page
            del page
            if link is None:
                return
            seen.refuse_repeat(link, number)
            request = _next_request(request, link, origin)

    async def apages(self) -> AsyncIterator[list[Any]]:
        """Async twin of ``pages()``."""
        http = self._client.get_async_httpx_client()
        request = self._module._get_kwargs(**self._arguments)
        origin: str | None = None
        seen = _SeenPages(self.operation_id)
        number = 0
        while True:
            response = await http.request(**request)
            origin = origin or _origin(response.request.url)
            number += 1
            seen.add(response.request.url)
            page, link = self._read(response, number)
            del response
            yield page
            del page
            if link is None:
                return
            seen.refuse_repeat(link, number)
            request = _next_request(request, link, origin)

    def _read(self, response: httpx.Response, number: int) -> tuple[list[Any], httpx.URL | None]:
        """Parse one page; return its items and the absolute next link, if any."""
        if not 200 <= response.status_code < 300:  # a plain Client, or okta.errors blocked
            raise error_for_response(response, self.operation_id)
        parsed = self._module._parse_response(client=self._client, response=response)
        items = items_of(parsed, self.operation_id)
        link = response.links.get("next", {}).get("url") or _body_next(parsed)
        pagination_logger.debug(
            "%s: page %d with %d items, %s", self.operation_id, number, len(items), "more follow" if link else "last"
        )
        if not link:
            return items, None
        return items, response.request.url.join(link)


def _fingerprint(url: httpx.URL) -> bytes:
    """A digest of ``url`` as a page: origin case and default port, and query order, do not matter."""
    port = url.port if url.port is not None else _DEFAULT_PORTS.get(url.scheme)
    query = "&".join(sorted(f"{name}={value}" for name, value in url.params.multi_items()))
    key = f"{url.scheme}://{url.host.lower()}:{port}{url.path}?{query}"
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class _SeenPages:
    """Fingerprints of the pages one walk has fetched, to stop a next-link loop of any length."""

    def __init__(self, operation_id: str) -> None:
        self._operation_id = operation_id
        self._seen: set[bytes] = set()

    def add(self, url: httpx.URL) -> None:
        self._seen.add(_fingerprint(url))

    def refuse_repeat(self, link: httpx.URL, number: int) -> None:
        """Raise ``PaginationError`` if ``link`` names a page this walk already fetched."""
        if _fingerprint(link) in self._seen:
            raise PaginationError(
                f"{self._operation_id}: the next link of page {number}, {redact_url(link)}, "
                "leads back to a page already fetched; the server's links loop"
            )


def _next_request(request: dict[str, Any], url: httpx.URL, origin: str) -> dict[str, Any]:
    """The request for ``url``, refused unless it is on ``origin`` over https (or loopback http)."""
    if _origin(url) != origin or (url.scheme != "https" and not is_loopback_host(url.host)):
        raise ForeignNextLinkError(_origin(url), origin)
    # The next link carries the whole query (limit, after, filters); keep the headers and extensions.
    follow = {key: value for key, value in request.items() if key not in ("url", "params")}
    return {**follow, "method": "GET", "url": url}


def paginate(endpoint: ModuleType | Callable[..., Any], /, *, client: Any, **arguments: Any) -> Pages:
    """Iterate every item of a generated list operation, following next links.

    :param endpoint: the generated module (``okta_api.api.user.list_users``) or one of its functions.
    :param client: an ``OktaClient`` (or any generated ``Client``).
    :param arguments: the operation's arguments for the first page, e.g. ``limit=200``, ``search=...``.
    """
    return Pages(_module_of(endpoint), client, arguments)
