"""Built-in plugin ``okta.serializers.orjson``: the JSON serializer through orjson.

Registered only when the optional ``orjson`` package is installed (block it like any plugin).
Its results are those of ``okta.serializers.json``, byte for byte and value for value: where
orjson would differ, the standard library does the work. orjson writes ``1e-07`` as ``1e-7``
and NaN as ``null``, so bodies holding a float are encoded by the standard library; it reads
integers beyond 64 bits as floats, so bodies with a run of 19 or more digits are decoded by the
standard library; and whatever orjson refuses (non-string keys, ``NaN`` literals, lone
surrogates) is handed to the standard library, which accepts or refuses it as usual.
"""

from __future__ import annotations

import enum
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..hookspecs import hookimpl
from . import json_body

if TYPE_CHECKING:
    import httpx

    from ..types import Operation

_orjson: ModuleType | None = None


def _engine() -> ModuleType:
    """orjson, imported on the first body: importing it (and the dataclasses and uuid modules it
    loads) is about 2 ms of a client's cold start, spent even by clients that never decode."""
    global _orjson
    if _orjson is None:
        import orjson

        _orjson = orjson
    return _orjson


# 19 digits can exceed 64 bits (-9999999999999999999); 18 never do. A run of 19 digits is a run
# of 19 zeros once every digit is mapped to 0: bytes.translate and a substring search take about
# 0.15 ms on a 266 KB page, a regular expression 2 ms (ten times orjson.loads itself).
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_NINETEEN_DIGITS = b"0" * 19


def _may_hold_float(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str | int | None):
            continue
        if isinstance(item, float) or hasattr(item, "to_dict") or isinstance(item, enum.Enum):
            # Models and enums are converted by okta_default, whose result may hold a float.
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False


def dumps(value: Any) -> bytes:
    """``json_body.dumps(value)``, faster."""
    if _may_hold_float(value):
        return json_body.dumps(value)
    orjson = _engine()
    try:
        encoded: bytes = orjson.dumps(
            value,
            default=json_body.okta_default,
            option=orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS,
        )
    except orjson.JSONEncodeError:
        return json_body.dumps(value)
    return encoded


def loads(content: bytes) -> Any:
    """``json_body.loads(content)``, faster."""
    if _NINETEEN_DIGITS in content.translate(_DIGITS_TO_ZERO):
        return json_body.loads(content)
    orjson = _engine()
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json_body.loads(content)


@hookimpl(trylast=True)
def okta_serialize_body(body: object, content_type: str, operation: Operation | None) -> bytes | None:
    """Encode JSON bodies with orjson."""
    return dumps(body) if json_body.is_json(content_type) else None


@hookimpl(trylast=True)
def okta_deserialize_body(
    response: httpx.Response, content_type: str, operation: Operation | None, as_text: bool
) -> object | None:
    """Decode JSON bodies with orjson for ``response.json()``."""
    if as_text or not json_body.is_json(content_type) or not response.content:
        return None
    decoded: object = loads(response.content)
    return decoded
