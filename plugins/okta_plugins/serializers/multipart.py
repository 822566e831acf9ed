"""Built-in plugin ``okta.serializers.multipart``: the logo and image uploads, checked before sending.

Okta takes a PNG, JPG or GIF under 1 MB for the application, org and theme logos and the theme
background image. The type is read from the file's first bytes, not its name; the part is sent
with that type, and with a file name if the caller gave none.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ..hookspecs import hookimpl
from . import MultipartForm, media_type
from .errors import ImageTooLargeError, ImageTypeError

if TYPE_CHECKING:
    from ..types import Operation

IMAGE_UPLOADS = frozenset(
    {"uploadApplicationLogo", "updateOrgLogo", "uploadBrandThemeLogo", "uploadBrandThemeBackgroundImage"}
)
"""The operations whose spec says: PNG, JPG or GIF, less than 1 MB."""

MAX_IMAGE_BYTES = 1024 * 1024
"""Okta's "less than 1 MB", as 1 MiB: a file must be smaller than this."""

_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"GIF87a", "image/gif", "gif"),
    (b"GIF89a", "image/gif", "gif"),
)


class _Part(NamedTuple):
    """One file of a multipart body (a named tuple: built at import, an attrs class costs 0.3 ms more)."""

    name: str
    filename: str | None
    content: bytes
    content_type: str | None


def image_type(content: bytes) -> tuple[str, str] | None:
    """``(media type, extension)`` of a PNG, JPG or GIF image, judged by its first bytes; else ``None``."""
    for signature, media, extension in _SIGNATURES:
        if content.startswith(signature):
            return media, extension
    return None


def check_image(content: bytes, filename: str | None, operation_id: str) -> tuple[str, str]:
    """``image_type(content)``, or raise ``ImageTypeError`` / ``ImageTooLargeError``."""
    what = f"file {filename!r}" if filename else "the file"
    found = image_type(content)
    if found is None:
        raise ImageTypeError(f"{operation_id}: {what} is not a PNG, JPG or GIF image (judged by its first bytes)")
    if len(content) >= MAX_IMAGE_BYTES:
        raise ImageTooLargeError(
            f"{operation_id}: {what} is {len(content):,} bytes; Okta takes images under 1 MB "
            f"(less than {MAX_IMAGE_BYTES:,} bytes)"
        )
    return found


def _read(content: Any) -> bytes:
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode("utf-8")
    if isinstance(content, io.IOBase) or hasattr(content, "read"):
        data = content.read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise TypeError(f"cannot upload a {type(content).__name__}; pass bytes or a binary file")


def _part(name: str, value: Any) -> _Part:
    if isinstance(value, tuple):
        filename = value[0]
        content_type = value[2] if len(value) > 2 else None
        return _Part(name, filename, _read(value[1]), content_type)
    path = getattr(value, "name", None)  # an open file: send its base name, as httpx does
    return _Part(name, os.path.basename(path) if isinstance(path, str) else None, _read(value), None)


def _quote(value: str) -> str:
    # As browsers and httpx do for form-data parameters (WHATWG HTML).
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def encode_multipart(fields: Mapping[str, Any], parts: Sequence[_Part], boundary: str) -> bytes:
    """``multipart/form-data`` (RFC 7578) with ``boundary``."""
    chunks: list[bytes] = []
    delimiter = f"--{boundary}\r\n".encode("ascii")
    for name, value in fields.items():
        chunks += [delimiter, f'Content-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'.encode()]
        chunks += [str(value).encode("utf-8"), b"\r\n"]
    for part in parts:
        disposition = f'Content-Disposition: form-data; name="{_quote(part.name)}"'
        if part.filename is not None:
            disposition += f'; filename="{_quote(part.filename)}"'
        chunks += [delimiter, f"{disposition}\r\n".encode()]
        if part.content_type:
            chunks.append(f"Content-Type: {part.content_type}\r\n".encode())
        chunks += [b"\r\n", part.content, b"\r\n"]
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(chunks)


def _boundary(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.strip().partition("=")
        if key.lower() == "boundary" and value:
            return value.strip('"')
    return None


@hookimpl(trylast=True)
def okta_serialize_body(body: object, content_type: str, operation: Operation | None) -> bytes | None:
    """Check and encode the image uploads; other multipart bodies are left to httpx."""
    boundary = _boundary(content_type)
    if (
        media_type(content_type) != "multipart/form-data"
        or not isinstance(body, MultipartForm)
        or operation is None
        or operation.operation_id not in IMAGE_UPLOADS
        or boundary is None
    ):
        return None
    parts = []
    for name, value in body.files:
        part = _part(name, value)
        media, extension = check_image(part.content, part.filename, operation.operation_id)
        parts.append(part._replace(filename=part.filename or f"{name}.{extension}", content_type=media))
    return encode_multipart(body.fields, parts, boundary)
