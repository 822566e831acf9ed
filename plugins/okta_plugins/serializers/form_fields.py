"""Form and multipart fields hold text, never a model.

httpx writes any form value it does not know with ``str()``: a model there would go out as its
repr, read-only fields (``id``, ``created``, ``_links``) and all, and a multipart field or file
holding one fails deep inside httpx. A model belongs in a JSON body, where read-only fields are
left out; in a form it is refused before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .errors import BodyError


def is_model(value: object) -> bool:
    """Whether ``value`` is a generated model (anything with a ``to_dict``, as the JSON encoder takes it)."""
    return callable(getattr(value, "to_dict", None))


def _holds_model(value: object) -> str | None:
    """The class name of a model in ``value`` (at any depth of dicts, lists, tuples and sets), or ``None``."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str | bytes | int | float | None):
            continue
        if is_model(item):
            return type(item).__name__
        if isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
    return None


def check_fields(fields: Mapping[str, Any], where: str) -> None:
    """Raise ``BodyError`` naming the field if a form or multipart field of ``where`` holds a model."""
    for name, value in fields.items():
        found = _holds_model(value)
        if found is not None:
            raise BodyError(
                f"{where}: form field {name!r} holds a {found} model; form fields take text and numbers, "
                "a model goes in a JSON body"
            )


def check_files(files: Iterable[tuple[str, Any]], where: str) -> None:
    """Raise ``BodyError`` naming the part if a multipart file of ``where`` is a model."""
    for name, value in files:
        content = value[1] if isinstance(value, tuple) and len(value) > 1 else value
        if is_model(content):
            raise BodyError(
                f"{where}: file {name!r} is a {type(content).__name__} model; upload bytes or a binary file, "
                "and send a model as a JSON body"
            )
