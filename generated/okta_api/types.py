"""Types shared by generated models and endpoints."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field


class Unset:
    """The type of `UNSET`: a field left out, as opposed to `None`, which is sent as null."""

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        # Pickled and copied models keep the one UNSET, which `is UNSET` checks rely on.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


@define(frozen=True)
class Operation:
    """What the spec says about one operation; sent along each request as its
    `extensions["okta_operation"]` so plugins can act on it."""

    operation_id: str
    method: str
    path: str
    tag: str
    scopes: tuple[str, ...]
    """The OAuth 2.0 scopes a token needs for this operation, all of them; empty when it needs none
    or none is documented. When several alternatives take OAuth 2.0 tokens, the scopes common to all."""
    auth: tuple[str, ...] = ()
    """The kinds of credential that can call it, any one suffices: `apiKey` (an SSWS API token),
    `oauth2`, `http`, `none` (no credential), several joined by `+`; empty when the spec says nothing."""
    content_types: tuple[str, ...] = ()
    """The media types the request body may be sent as; empty without a body."""
    lifecycle: str | None = None
    """Okta's `x-okta-lifecycle`: `GA`, `LIMITED_GA`, `EA`, `BETA`, `DEPRECATED`, ...; `None` when unstated."""
    deprecated: bool = False
    """Whether the spec deprecates it; calling it then warns with `DeprecationWarning`."""
    iam_permissions: tuple[str, ...] = ()
    """Okta's `x-okta-iam-permissions`: admin permissions the caller needs."""
    admin_roles: tuple[str, ...] = ()
    """Okta's `x-okta-iam-admin-roles`: admin roles that may call it."""
    extensions: Mapping[str, str] = field(factory=dict, hash=False)
    """What build-time plugins' `okta_codegen_operation_metadata` hooks added, e.g. from the spec's
    `x-` extensions; empty without such plugins."""


__all__ = ["UNSET", "File", "FileTypes", "Operation", "RequestFiles", "Response", "Unset"]
