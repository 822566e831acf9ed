"""Built-in plugin ``okta.serializers.json``: JSON bodies as Okta writes them.

Generated endpoints send ``Model.to_dict(omit_read_only=True)``: a field never given is
absent, one set to ``None`` is sent as ``null`` (how a field is cleared), and read-only fields
are never sent. This encoder writes the bytes httpx itself would, and also accepts what a
caller may put in a raw dict: datetimes (written as Okta does: UTC, milliseconds, ``Z``),
dates, enums, UUIDs and models, each model as ``to_dict(omit_read_only=True)`` at any depth.
"""

from __future__ import annotations

import datetime
import enum
import json
import sys
from typing import TYPE_CHECKING, Any

from ..hookspecs import hookimpl
from . import media_type

if TYPE_CHECKING:
    import httpx

    from ..types import Operation


def is_json(content_type: str) -> bool:
    """Whether ``content_type`` is JSON: ``application/json`` or any ``+json`` type."""
    media = media_type(content_type)
    return media == "application/json" or media.endswith("+json")


def okta_datetime(value: datetime.datetime) -> str:
    """Okta's own form: UTC, milliseconds, ``Z``; a naive datetime is taken as UTC."""
    if value.tzinfo is not None:
        value = value.astimezone(datetime.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def okta_default(value: Any) -> Any:
    """JSON for the values the json module cannot write itself."""
    if isinstance(value, datetime.datetime):
        return okta_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    # A UUID exists only once its module is loaded; not importing uuid saves about 1 ms of cold start.
    uuid = sys.modules.get("uuid")
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict(omit_read_only=True)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON, byte for byte what ``httpx`` sends for ``json=value``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=okta_default)
    return text.encode("utf-8")


def loads(content: bytes) -> Any:
    """Decode JSON bytes, as ``httpx.Response.json()`` does."""
    return json.loads(content)


@hookimpl(trylast=True)
def okta_serialize_body(body: object, content_type: str, operation: Operation | None) -> bytes | None:
    """Encode JSON bodies."""
    return dumps(body) if is_json(content_type) else None


@hookimpl(trylast=True)
def okta_deserialize_body(
    response: httpx.Response, content_type: str, operation: Operation | None, as_text: bool
) -> object | None:
    """Decode JSON bodies for ``response.json()``."""
    if as_text or not is_json(content_type) or not response.content:
        return None
    decoded: object = loads(response.content)
    return decoded
