"""Request and response bodies by content type, through the ``okta_serialize_body`` and
``okta_deserialize_body`` hooks.

Built-in serializers, each a plugin registered ``trylast`` so that a third-party one
replaces it: ``okta.serializers.json`` (JSON, Okta's datetimes), ``okta.serializers.orjson``
(the same JSON through orjson, registered only when orjson is installed),
``okta.serializers.certificates`` (the certificate publishing bodies),
``okta.serializers.multipart`` (logo and image uploads) and ``okta.serializers.saml``
(SAML metadata XML).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

__all__ = ["MultipartForm", "media_type"]


def media_type(content_type: str) -> str:
    """The bare, lower-case media type: ``"Application/JSON; charset=utf-8"`` -> ``"application/json"``."""
    return content_type.split(";", 1)[0].strip().lower()


@attrs.frozen
class MultipartForm:
    """The ``body`` of ``okta_serialize_body`` for a request built with ``files=``.

    :ivar fields: the ``data=`` form fields.
    :ivar files: ``(field name, file)`` pairs, where a file is what httpx takes: content
        (bytes, str or a binary file object) or ``(filename, content[, content_type[, headers]])``.
    """

    fields: Mapping[str, Any]
    files: Sequence[tuple[str, Any]]
