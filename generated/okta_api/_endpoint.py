"""The contract between the generated operation modules and the runtime that drives them (`okta_client`).

Every operation module `okta_api.api.<tag>.<operation_id>` exports:

- `OPERATION` (`okta_api.types.Operation`): what the spec says about the operation.
- `build_request(<path parameters>, *, <arguments>) -> dict[str, Any]`: the keyword arguments of
  `httpx.Client.request` for one call, built and checked as `sync` does, and not sent. Its
  `extensions[OPERATION_EXTENSION]` is `OPERATION`, which is how plugins learn what a request is.
- `parse_response(*, client, response)`: a response as `sync` returns it (the client's `ClientOptions` decide
  how).
- `sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`: the calls. Their parameters are the
  operation's, `client` included. `sync` and `asyncio` of an operation that documents error bodies are
  overloaded: given a `client.RaisingClient` (`okta_client.OktaClient`) they are typed to return the success
  types and None only.

A list operation (its success body a JSON array, or a governance list `{"data": [...], "_links": {...}}`)
also exports `parse_page(*, client, response) -> Page[Item]`. Such a module is a `ListOperation[P, Item]`,
`P` being `sync_detailed`'s parameters (not overloaded, so `P` takes every client):
`okta_client.paginate(list_users, client=client, limit=200)` is typed from it, its items as `User` and its
arguments as `list_users.sync_detailed`'s.

Generated code reads a client through `ClientOptions` only; the generated `Client` and
`AuthenticatedClient` declare its members with the plain defaults, and `okta_client.OktaClient` sets them
from its configuration.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar

from attrs import frozen

if TYPE_CHECKING:
    import httpx

    from .client import AuthenticatedClient, Client
    from .types import Operation

__all__ = ["OPERATION_EXTENSION", "ClientOptions", "ListOperation", "Page", "next_link"]

OPERATION_EXTENSION = "okta_operation"
"""Key of `httpx.Request.extensions` under which a generated request carries its module's `OPERATION`."""

Item = TypeVar("Item")
P = ParamSpec("P")


class ClientOptions(Protocol):
    """What generated code reads of the client a call was given."""

    @property
    def raise_on_unexpected_status(self) -> bool:
        """Whether a status the spec does not document raises `errors.UnexpectedStatus` (else parses as None)."""
        ...

    @property
    def strict_parsing(self) -> bool:
        """Whether every field of a response is type-checked, a mismatch raising `ResponseTypeError`."""
        ...

    @property
    def lazy_models(self) -> bool:
        """Whether response models convert each field on first read (`from_json`) rather than whole (`from_dict`)."""
        ...


@frozen
class Page(Generic[Item]):
    """One parsed page of a list operation: its items, and the next page's link when the body gives one."""

    items: list[Item]
    next_link: str | None = None
    """A governance list's `_links.next.href`; a `Link: <...>; rel="next"` header is the caller's to read."""

    @classmethod
    def without_items(cls, parsed: object, operation: Operation) -> Page[Item]:
        """The empty page of a response without a body (`parsed` is None); TypeError for anything else."""
        if parsed is None:
            return cls([])
        raise TypeError(f"{operation.operation_id}: a page parsed as {type(parsed).__name__}, not as its items")


class ListOperation(Protocol[P, Item]):
    """A list operation's module, as `okta_client.paginate` takes it (see the module docstring)."""

    @property
    def OPERATION(self) -> Operation:
        """What the spec says about the operation."""
        ...

    def sync_detailed(self, *args: P.args, **kwargs: P.kwargs) -> object:
        """The call; its parameters are the ones `paginate` takes."""
        ...

    def build_request(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The first page's `httpx.Client.request` arguments: `sync`'s, without `client`."""
        ...

    def parse_page(self, *, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[Item]:
        """One 2xx response's items."""
        ...


def next_link(parsed: object) -> str | None:
    """A governance list's `_links.next.href` (read by JSON name), or None."""
    link = _member(_member(_member(parsed, "_links"), "next"), "href")
    return link if isinstance(link, str) and link else None


def _member(value: object, key: str) -> object:
    """`value[key]` for a mapping or a generated model (by JSON name), else None."""
    from ._model import OktaModel

    if isinstance(value, OktaModel):
        return value[key] if key in value else None
    return value.get(key) if isinstance(value, Mapping) else None
