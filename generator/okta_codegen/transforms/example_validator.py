"""The validator the example checks use: OpenAPI 3.0 schemas as a mock server reads them.

Two things `openapi-schema-validator` leaves out and Prism (the contract tests' mock server) does not:
- `discriminator`: a value whose discriminator property maps to a schema is checked against that schema
  too (a validator that ignores it accepts an example under another alternative the client never picks);
- `format: uri` and `format: url` (Okta's own spelling): checked as RFC 3986 URIs, as Prism's ajv does,
  so `https://{yourOktaDomain}/...` is no URI.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import FormatChecker, ValidationError  # type: ignore[import-untyped, unused-ignore]
from jsonschema.validators import extend  # type: ignore[import-untyped, unused-ignore]
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped, unused-ignore]

from ..refs import is_local
from .discriminators import EXTENSION

URI_FORMATS = ("uri", "url")


def _uri(value: object) -> bool:
    return not isinstance(value, str) or validate_rfc3986(value, rule="URI") is not None


def _format_checker() -> FormatChecker:
    checker = FormatChecker()
    checker.checkers = dict(oas30_format_checker.checkers)
    for name in URI_FORMATS:
        checker.checks(name)(_uri)
    return checker


FORMAT_CHECKER = _format_checker()
_active: set[tuple[int, str]] = set()


def _mapped(discriminator: Any, instance: Any) -> str | None:
    if not isinstance(discriminator, Mapping) or not isinstance(instance, Mapping):
        return None
    value = instance.get(discriminator.get("propertyName"))
    ref = (discriminator.get("mapping") or {}).get(value) if isinstance(value, str) else None
    return ref if isinstance(ref, str) and is_local(ref) else None


def _discriminator(
    validator: Any, discriminator: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    ref = _mapped(discriminator, instance)
    key = (id(instance), ref or "")
    # A child that is an allOf of its parent reaches the parent's discriminator again: check it once.
    if ref is None or key in _active:
        return
    _active.add(key)
    try:
        errors = list(validator.descend(instance, {"$ref": ref}))
    finally:
        _active.discard(key)
    yield from errors


ExampleValidator = extend(OAS30Validator, {"discriminator": _discriminator, EXTENSION: _discriminator})


def example_validator(schema: Mapping[str, Any], components: Mapping[str, Any]) -> Any:
    """A validator of `schema` (refs resolved in `components`) with discriminators and URI formats checked."""
    return ExampleValidator({**schema, "components": components}, format_checker=FORMAT_CHECKER)
