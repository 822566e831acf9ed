"""Where the serializer hooks meet httpx.

Generated functions hand httpx ``json=``, ``content=`` or ``files=`` and read
``response.json()`` or ``response.text``. ``SerializingClient`` asks ``okta_serialize_body``
as each request is built, and wraps its transport so that responses are ``OktaResponse``,
whose ``json()`` and ``text`` ask ``okta_deserialize_body``.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

from .._operation import OPERATION_EXTENSION, as_operation, operation_of
from . import MultipartForm, form_fields

if TYPE_CHECKING:
    from .._facade import OktaHooks

_NOT_DECODED: Any = object()


class BodyCodec:
    """Calls the serializer hooks of one client."""

    def __init__(self, hooks: OktaHooks) -> None:
        self._hooks = hooks

    def encode(
        self,
        *,
        content: Any,
        data: Any,
        files: Any,
        json: Any,
        headers: httpx.Headers,
        extensions: Mapping[str, Any] | None,
    ) -> tuple[bytes, str] | None:
        """``(body bytes, Content-Type)`` from the first plugin that encodes the body, or ``None``."""
        declared = headers.get("content-type")
        operation = as_operation((extensions or {}).get(OPERATION_EXTENSION))
        where = operation.operation_id if operation is not None else "the request"
        body: object
        if json is not None:
            body, content_type = json, declared or "application/json"
        elif files is not None:
            pairs = list(files.items()) if isinstance(files, Mapping) else list(files)
            body = MultipartForm(fields=dict(data or {}), files=pairs)
            form_fields.check_fields(body.fields, where)
            form_fields.check_files(pairs, where)
            content_type = f"multipart/form-data; boundary={secrets.token_hex(16)}"
        elif content is not None and declared:
            body, content_type = content, declared
        elif isinstance(data, Mapping):
            form_fields.check_fields(data, where)
            body, content_type = data, declared or "application/x-www-form-urlencoded"
        else:
            return None
        encoded = self._hooks.serialize_body(body=body, content_type=content_type, operation=operation)
        return None if encoded is None else (encoded, content_type)

    def decode(self, response: httpx.Response, *, as_text: bool) -> object:
        """The first plugin's decoding of ``response``, or ``_NOT_DECODED``."""
        operation = operation_of(response.request)
        content_type = response.headers.get("content-type", "")
        decoded = self._hooks.deserialize_body(
            response=response, content_type=content_type, operation=operation, as_text=as_text
        )
        return _NOT_DECODED if decoded is None else decoded


class OktaResponse(httpx.Response):
    """An ``httpx.Response`` whose ``json()`` and ``text`` go through ``okta_deserialize_body``."""

    _okta_codec: BodyCodec | None = None

    def __init__(self, *args: Any, codec: BodyCodec | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._okta_codec = codec

    @classmethod
    def adopt(cls, response: httpx.Response, request: httpx.Request, codec: BodyCodec) -> OktaResponse:
        """The same response object, not yet read, now an ``OktaResponse``."""
        # Re-classing instead of copying: a second Response wraps the stream again, and reading
        # through both layers cost about 13 us per call (a third of the runtime's overhead).
        if type(response) is not httpx.Response:
            return cls(
                status_code=response.status_code,
                headers=response.headers,
                stream=response.stream,
                extensions=response.extensions,
                request=request,
                codec=codec,
            )
        response.__class__ = cls
        adopted = cast(OktaResponse, response)
        adopted.request = request
        adopted._okta_codec = codec
        return adopted

    def json(self, **kwargs: Any) -> Any:
        if self._okta_codec is not None and not kwargs:
            decoded = self._okta_codec.decode(self, as_text=False)
            if decoded is not _NOT_DECODED:
                return decoded
        return super().json(**kwargs)

    @property
    def text(self) -> str:
        if self._okta_codec is not None:
            decoded = self._okta_codec.decode(self, as_text=True)
            if isinstance(decoded, str):
                return decoded
        return super().text


class DecodingTransport(httpx.BaseTransport):
    """Returns each response of ``inner`` as an ``OktaResponse``."""

    def __init__(self, inner: httpx.BaseTransport, codec: BodyCodec) -> None:
        self._inner = inner
        self._codec = codec

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return OktaResponse.adopt(self._inner.handle_request(request), request, self._codec)

    def close(self) -> None:
        self._inner.close()


class AsyncDecodingTransport(httpx.AsyncBaseTransport):
    """Async twin of ``DecodingTransport``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, codec: BodyCodec) -> None:
        self._inner = inner
        self._codec = codec

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return OktaResponse.adopt(await self._inner.handle_async_request(request), request, self._codec)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _encoded(codec: BodyCodec, kwargs: dict[str, Any]) -> dict[str, Any]:
    get = kwargs.get
    if get("content") is None and get("data") is None and get("files") is None and get("json") is None:
        return kwargs  # no body (most GETs): nothing to encode, no headers to copy
    headers = httpx.Headers(kwargs.get("headers"))
    encoded = codec.encode(
        content=kwargs.get("content"),
        data=kwargs.get("data"),
        files=kwargs.get("files"),
        json=kwargs.get("json"),
        headers=headers,
        extensions=kwargs.get("extensions"),
    )
    if encoded is None:
        return kwargs
    body, content_type = encoded
    headers["Content-Type"] = content_type
    return {**kwargs, "content": body, "data": None, "files": None, "json": None, "headers": headers}


class SerializingClient(httpx.Client):
    """An ``httpx.Client`` whose bodies go through the serializer hooks of ``hooks``."""

    def __init__(self, hooks: OktaHooks, *, transport: httpx.BaseTransport, **kwargs: Any) -> None:
        self._okta_codec = BodyCodec(hooks)
        super().__init__(transport=DecodingTransport(transport, self._okta_codec), **kwargs)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, url, **_encoded(self._okta_codec, kwargs))


class AsyncSerializingClient(httpx.AsyncClient):
    """Async twin of ``SerializingClient``."""

    def __init__(self, hooks: OktaHooks, *, transport: httpx.AsyncBaseTransport, **kwargs: Any) -> None:
        self._okta_codec = BodyCodec(hooks)
        super().__init__(transport=AsyncDecodingTransport(transport, self._okta_codec), **kwargs)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, url, **_encoded(self._okta_codec, kwargs))
