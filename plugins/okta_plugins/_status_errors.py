"""Built-in plugin ``okta.errors``: failures reach the caller as typed errors.

- Every response outside 2xx raises its ``OktaApiError`` subclass, so generated functions called
  with an ``OktaClient`` never return an error body as if it were a result. It is a hook wrapper,
  so every other ``okta_observe_response`` (``okta.scopes``, which turns a scoped 403 into
  ``InsufficientScopeError``, and any plugin's, whatever its registration order or ``trylast``)
  sees the response and may raise a more precise error first.
- ``response.json()`` on a body that is not JSON (truncated, HTML, empty) raises
  ``ResponseDecodeError`` naming the operation, whichever serializer plugin decoded it.

Block ``okta.errors`` to get raw error responses and httpx's own decoding errors instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator

import httpx

from ._config import OktaConfig
from ._errors import ResponseDecodeError, error_for_response
from .hookspecs import hookimpl
from .types import Operation


@hookimpl(wrapper=True, trylast=True)
def okta_observe_response(
    request: httpx.Request,
    response: httpx.Response,
    operation: Operation | None,
    config: OktaConfig,
) -> Generator[None, None, None]:
    """After every other observer, raise ``error_for_response(response)`` for any status outside 2xx."""
    yield
    if not 200 <= response.status_code < 300:
        raise error_for_response(response, operation.operation_id if operation is not None else None)


@hookimpl(wrapper=True)
def okta_deserialize_body(
    response: httpx.Response, operation: Operation | None, as_text: bool
) -> Generator[None, object, object]:
    """Turn any decoding failure into ``ResponseDecodeError``.

    When no plugin decodes a non-empty body for ``json()`` (say an HTML page), decode it as JSON
    here, as httpx would, so that its failure is typed too.
    """
    try:
        decoded = yield
    except (ValueError, RecursionError) as exc:
        raise _decode_error(response, operation, exc) from exc
    return _or_json(response, operation, as_text, decoded)


def decoded_or_typed_error(
    response: httpx.Response, operation: Operation | None, as_text: bool, decode: Callable[[], object]
) -> object:
    """What the wrapper above returns around the decoders ``decode`` runs (for calls made without pluggy)."""
    try:
        decoded = decode()
    except (ValueError, RecursionError) as exc:
        raise _decode_error(response, operation, exc) from exc
    return _or_json(response, operation, as_text, decoded)


def _or_json(response: httpx.Response, operation: Operation | None, as_text: bool, decoded: object) -> object:
    """``decoded``, or the body decoded as JSON when no plugin decoded a non-empty body for ``json()``."""
    if decoded is None and not as_text and response.content:
        try:
            return json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise _decode_error(response, operation, exc) from exc
    return decoded


def _decode_error(response: httpx.Response, operation: Operation | None, exc: Exception) -> ResponseDecodeError:
    return ResponseDecodeError(response, operation.operation_id if operation is not None else None, exc)
