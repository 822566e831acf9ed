"""Every item of a list operation, page by page, sync or async, in constant memory.

``paginate(list_users, client=client, limit=200)`` sends the operation's first request with the
given arguments (``limit`` and ``after`` keep working by hand), then follows
``Link: <...>; rel="next"`` (parsed by httpx's ``Response.links``) until there is none. Governance
lists, whose bodies are ``{"data": [...], "_links": {"next": {"href": ...}}}``, give the items of
``data`` and fall back on ``_links.next`` when there is no Link header. It uses only the public
entry points ``okta_api._endpoint`` documents: the module's ``build_request`` for the first request
and ``parse_page`` for each page, which is parsed one at a time and dropped before the next is
fetched. A module is a ``ListOperation[P, Item]``: ``paginate`` returns ``Pages[Item]`` and takes
``P``, the arguments of the module's ``sync_detailed`` (``sync``'s, but not overloaded by client), so
mypy checks both.

A next link to another origin than the first page's, or to plain http (except on loopback),
raises ``ForeignNextLinkError`` and is never requested, so credentials cannot follow it. A next
link to a page already fetched in this walk (a loop of any length: a -> a, a -> b -> a, ...)
raises ``PaginationError`` naming it (redacted) before it is requested; the walk remembers a
16-byte BLAKE2b fingerprint of each page's normalized URL, not the URL (about 100 bytes a page:
10 MB for 100,000 pages of 200 users).
"""

from __future__ import annotations

import hashlib
import inspect
import sys
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx
from okta_api._endpoint import ListOperation, Page
from okta_api.client import AuthenticatedClient, Client

from ._errors import ForeignNextLinkError, PaginationError, error_for_response
from ._logging import pagination_logger
from ._origin import is_loopback_host
from ._redact import redact_url

__all__ = ["Pages", "paginate"]

_DEFAULT_PORTS = {"https": 443, "http": 80}
_ENTRY_POINTS = ("OPERATION", "build_request", "parse_page")

Item = TypeVar("Item")
P = ParamSpec("P")


def list_operation(operation: object) -> ListOperation[..., Any]:
    """The list operation's module: ``operation`` itself, or the module of one of its functions.

    A function (``list_users.sync``) is taken for its module, as before the module form was typed.
    """
    module = operation if isinstance(operation, ModuleType) else sys.modules.get(getattr(operation, "__module__", ""))
    if module is None or not hasattr(module, "OPERATION") or not hasattr(module, "build_request"):
        raise TypeError(
            f"{operation!r} is not a generated endpoint module (okta_api.api.<tag>.<operation_id>) "
            "or one of its functions"
        )
    if not all(hasattr(module, name) for name in _ENTRY_POINTS):
        raise TypeError(
            f"{module.OPERATION.operation_id} is not a list operation: its success body is neither a JSON array nor "
            "a governance list, so it has no pages (its module has no parse_page)"
        )
    return cast("ListOperation[..., Any]", module)


def _origin(url: httpx.URL) -> str:
    port = url.port if url.port is not None else _DEFAULT_PORTS.get(url.scheme)
    return f"{url.scheme}://{url.host.lower()}:{port}"


class Pages(Generic[Item]):
    """The items of one list call; iterate it (``for``/``async for``), or walk ``pages()``/``apages()``.

    Each iteration starts again from the first page.
    """

    def __init__(
        self,
        operation: ListOperation[..., Item],
        client: AuthenticatedClient | Client,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        self._operation = operation
        self._client = client
        self._args = args
        self._kwargs = kwargs
        self.operation_id: str = operation.OPERATION.operation_id

    def __repr__(self) -> str:
        return f"Pages({self.operation_id})"

    def __iter__(self) -> Iterator[Item]:
        for page in self.pages():
            yield from page
            del page  # not kept alive while the next page is fetched

    async def _aitems(self) -> AsyncIterator[Item]:
        async for page in self.apages():
            for item in page:
                yield item
            del page

    def __aiter__(self) -> AsyncIterator[Item]:
        return self._aitems()

    def pages(self) -> Iterator[list[Item]]:
        """Each page's items as a list, fetched as the previous one is done with."""
        http = self._client.get_httpx_client()
        request = self._operation.build_request(*self._args, **self._kwargs)
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

    async def apages(self) -> AsyncIterator[list[Item]]:
        """Async twin of ``pages()``."""
        http = self._client.get_async_httpx_client()
        request = self._operation.build_request(*self._args, **self._kwargs)
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

    def _read(self, response: httpx.Response, number: int) -> tuple[list[Item], httpx.URL | None]:
        """Parse one page; return its items and the absolute next link, if any."""
        if not 200 <= response.status_code < 300:  # a plain Client, or okta.errors blocked
            raise error_for_response(response, self.operation_id)
        page: Page[Item] = self._operation.parse_page(client=self._client, response=response)
        link = response.links.get("next", {}).get("url") or page.next_link
        more = "more follow" if link else "last"
        pagination_logger.debug("%s: page %d with %d items, %s", self.operation_id, number, len(page.items), more)
        if not link:
            return page.items, None
        return page.items, response.request.url.join(link)


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


def paginate(operation: ListOperation[P, Item], /, *args: P.args, **kwargs: P.kwargs) -> Pages[Item]:
    """Iterate every item of a generated list operation, following next links.

    :param operation: the generated module of a list operation (``okta_api.api.user.list_users``).
    :param args: the operation's path parameters, if any, as its ``sync`` takes them.
    :param kwargs: ``client=`` (an ``OktaClient`` or any generated ``Client``) and the operation's arguments
        for the first page, e.g. ``limit=200``, ``search=...``: those of its ``sync``, checked by mypy.
    """
    module = list_operation(operation)
    arguments: dict[str, Any] = dict(kwargs)
    client = arguments.pop("client", None)
    operation_id = module.OPERATION.operation_id
    if not isinstance(client, AuthenticatedClient | Client):
        raise TypeError(f"paginate({operation_id}) needs client=, an OktaClient or a generated Client")
    try:  # refused here, where the caller wrote it, rather than when the first page is fetched
        inspect.signature(module.build_request).bind(*args, **arguments)
    except TypeError as error:
        raise TypeError(f"paginate({operation_id}): {error}") from None
    return Pages(module, client, args, arguments)
