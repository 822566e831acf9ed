"""Checks of arguments the spec constrains, made before anything is sent."""

from __future__ import annotations

import re
from typing import Any

from ._error_root import OktaError

# An argument may come from outside input: messages show at most this many of its characters.
_SHOWN = 32


class InvalidArgument(OktaError, ValueError):
    """An argument broke a constraint of the spec (length, pattern); nothing was sent."""


def check_argument(name: str, value: Any, rules: dict[str, Any]) -> None:
    """Raise InvalidArgument naming `name` when `value` breaks one of `rules` (JSON Schema keywords)."""
    text = str(value)
    shown = repr(text) if len(text) <= _SHOWN else f"{text[:_SHOWN]!r}..."
    minimum, maximum, pattern = rules.get("minLength"), rules.get("maxLength"), rules.get("pattern")
    if minimum is not None and len(text) < minimum:
        raise InvalidArgument(f"{name}={shown} is {len(text)} characters; at least {minimum} required")
    if maximum is not None and len(text) > maximum:
        raise InvalidArgument(f"{name}={shown} is {len(text)} characters; at most {maximum} allowed")
    if pattern is not None and re.search(pattern, text) is None:
        raise InvalidArgument(f"{name}={shown} does not match {pattern}")
