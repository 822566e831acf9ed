"""Values that satisfy a schema of the normalized spec: one fixed value, or a hypothesis strategy.

The spec uses a small part of OpenAPI 3.0 (`$ref`, `allOf`, `enum`, `readOnly`, free-form
`additionalProperties`, a few formats, one `pattern`); anything else raises, so a new keyword the
builders do not understand fails the contract tests instead of producing an invalid value.
"""

from __future__ import annotations

import base64
import datetime
import functools
import re
import string
from typing import Any

from cryptography.hazmat.primitives import serialization
from hypothesis import strategies as st

from ._spec import resolve

# Beyond this depth objects get only their required properties; recursive schemas stop there.
FULL_DEPTH = 3
MAX_DEPTH = 6

PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)
# Candidates for `pattern` strings; the first that fully matches is used.
PATTERN_CANDIDATES = (
    "abcDEF0123456789ghij",
    "reqDEF0123456789ghij",
    "a",
    "abc",
    "0",
    "2024-01-02",
    "1.0",
    "123e4567-e89b-42d3-a456-426614174000",
)
HANDLED = {
    "type",
    "properties",
    "required",
    "items",
    "enum",
    "format",
    "readOnly",
    "writeOnly",
    "nullable",
    "default",
    "description",
    "title",
    "example",
    "additionalProperties",
    "allOf",
    "oneOf",
    "anyOf",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "uniqueItems",
    "discriminator",
    "externalDocs",
    "xml",
    "minItems",
    "maxItems",
    "multipleOf",
    "deprecated",
}


def _certificate() -> Any:
    """A self-signed X.509 certificate: the certificate serializers accept nothing less."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "contract.example.com")])
    start = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )


_CERTIFICATE = _certificate()
DER: bytes = _CERTIFICATE.public_bytes(serialization.Encoding.DER)
PEM: bytes = _CERTIFICATE.public_bytes(serialization.Encoding.PEM)

# A value for each string format Prism checks (its ajv-formats set, `url` included: not an OpenAPI
# format, but Okta uses it); other formats (`Opaque token`, `utf-8`) are prose that nobody checks.
# `regex` is left to the pattern beside it (Okta writes `format: regex` for "has a pattern"): any
# string of the value builders is a valid regex.
URL = "https://example.com/contract"
FORMAT_VALUES = {
    "date-time": "2024-01-02T03:04:05.000Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "duration": "PT1H",
    "byte": base64.b64encode(DER).decode("ascii"),
    "uri": URL,
    "url": URL,
    "uri-reference": URL,
    "iri": URL,
    "iri-reference": URL,
    "uri-template": URL,
    "password": "Contract-Passw0rd!",
    "email": "contract@example.com",
    "idn-email": "contract@example.com",
    "hostname": "contract.example.com",
    "idn-hostname": "contract.example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
    "json-pointer": "/contract",
    "relative-json-pointer": "0/contract",
}


def merged(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """`schema` with refs followed and `allOf` members folded in (properties and required united)."""
    node = resolve(spec, schema)
    if not isinstance(node, dict):
        raise TypeError(f"not a schema: {node!r}")
    unknown = {key for key in node if not key.startswith("x-")} - HANDLED
    if unknown:
        raise ValueError(f"schema keywords the value builders do not handle: {sorted(unknown)}")
    if "allOf" not in node:
        return node
    result: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
    for member in node["allOf"]:
        part = merged(spec, member)
        for key, value in part.items():
            if key == "properties":
                result["properties"] = {**value, **result.get("properties", {})}
            elif key == "required":
                result["required"] = sorted({*result.get("required", []), *value})
            else:
                result.setdefault(key, value)
    return result


def _kind(node: dict[str, Any]) -> str:
    if "type" in node:
        kind: str = node["type"]
        return kind
    if "properties" in node or "additionalProperties" in node:
        return "object"
    if "items" in node:
        return "array"
    return "any"


@functools.cache
def _pattern_value(pattern: str) -> str:
    for candidate in PATTERN_CANDIDATES:
        if re.fullmatch(pattern, candidate):
            return candidate
    # No readable candidate fits: the first match hypothesis generates (deterministic, not shrunk: shrinking is slow).
    from hypothesis import HealthCheck, Phase, find, settings
    from hypothesis.errors import NoSuchExample

    quiet = settings(database=None, derandomize=True, phases=(Phase.generate,), suppress_health_check=list(HealthCheck))
    try:
        value: str = find(st.from_regex(pattern, fullmatch=True), lambda _: True, settings=quiet)
    except NoSuchExample:
        raise ValueError(f"no value matches pattern {pattern!r}") from None
    return value


def _string_value(node: dict[str, Any], media_binary: bytes | None) -> Any:
    fmt = node.get("format")
    if fmt == "binary":
        return media_binary if media_binary is not None else PNG
    if fmt in FORMAT_VALUES and ("pattern" not in node or re.search(node["pattern"], FORMAT_VALUES[fmt])):
        return FORMAT_VALUES[fmt]
    if "pattern" in node:
        return _pattern_value(node["pattern"])
    size = max(node.get("minLength", 0), 6)
    if "maxLength" in node:
        size = min(size, node["maxLength"])
    return ("contract" * 4)[:size]


def example_value(
    spec: dict[str, Any],
    schema: Any,
    *,
    request: bool = True,
    depth: int = 0,
    binary: bytes | None = None,
) -> Any:
    """One valid value of `schema`; in a request, readOnly properties are left out."""
    node = merged(spec, schema)
    if node.get("oneOf"):
        return _one_of_value(spec, node["oneOf"], request=request, depth=depth, binary=binary)
    if node.get("anyOf"):
        return example_value(spec, node["anyOf"][0], request=request, depth=depth, binary=binary)
    if "enum" in node:
        return next(value for value in node["enum"] if value is not None)
    kind = _kind(node)
    if kind == "object":
        required = set(node.get("required", []))
        result: dict[str, Any] = {}
        for name, prop in node.get("properties", {}).items():
            sub = merged(spec, prop)
            if request and sub.get("readOnly") and name not in required:
                continue
            if name in required or depth < FULL_DEPTH:
                if depth >= MAX_DEPTH and name not in required:
                    continue
                result[name] = example_value(spec, prop, request=request, depth=depth + 1, binary=binary)
        return result
    if kind == "array":
        if depth >= FULL_DEPTH and not node.get("minItems"):
            return []
        item = example_value(spec, node.get("items", {}), request=request, depth=depth + 1, binary=binary)
        return [item] * max(1, node.get("minItems", 1))
    if kind == "string":
        return _string_value(node, binary)
    if kind == "integer":
        value = max(node.get("minimum", 1), min(node.get("maximum", 20), 20))
        step = node.get("multipleOf", 1)
        return value - value % step if value % step and value - value % step >= node.get("minimum", 0) else value
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "any":
        return "contract"
    raise ValueError(f"unknown schema type {kind!r}")


def _one_of_value(
    spec: dict[str, Any], alternatives: list[Any], *, request: bool, depth: int, binary: bytes | None
) -> Any:
    """A value valid under exactly one alternative, as `oneOf` demands (the first that is).

    Each alternative is tried with its usual value, then with every property filled in: an alternative
    whose required properties all fit a sibling is told apart only by its optional ones.
    """
    from openapi_schema_validator import OAS30Validator

    validator = OAS30Validator({"oneOf": alternatives, "components": spec.get("components", {})})
    tried = []
    for member in alternatives:
        for start in (depth, -FULL_DEPTH):
            value = example_value(spec, member, request=request, depth=start, binary=binary)
            if validator.is_valid(value):
                return value
            tried.append(value)
    if not request:
        # A response body is only parsed, never validated: the client reads overlapping alternatives too.
        return tried[0]
    raise ValueError(f"no value is valid under exactly one of {alternatives!r}; tried {tried!r}")


# --- hypothesis -----------------------------------------------------------------------------

_json_scalars = st.none() | st.booleans() | st.integers(-(2**31), 2**31) | st.text(max_size=8)
_json = st.recursive(
    _json_scalars,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=5), inner, max_size=2),
    max_leaves=4,
)
_okta_datetimes = st.datetimes(
    min_value=datetime.datetime(1971, 1, 1),
    max_value=datetime.datetime(2100, 1, 1),
    timezones=st.just(datetime.UTC),
).map(lambda value: value.replace(microsecond=value.microsecond // 1000 * 1000))
_keys = st.text(alphabet=string.ascii_letters, min_size=1, max_size=8)


def _string_strategy(node: dict[str, Any]) -> st.SearchStrategy[Any]:
    fmt = node.get("format")
    if fmt == "date-time":
        # Okta's form (UTC, milliseconds, Z): the one the models dump, so a round trip is exact.
        return _okta_datetimes.map(
            lambda value: value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
        )
    if fmt == "date":
        return st.dates().map(datetime.date.isoformat)
    if fmt == "email":
        return st.just("contract@example.com")
    if "pattern" in node:
        return st.from_regex(node["pattern"], fullmatch=True)
    return st.text(max_size=12)


def schema_strategy(spec: dict[str, Any], schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON data valid for `schema`, with `null` for any optional property (Okta sends it anywhere)."""
    node = merged(spec, schema)
    alternatives = node.get("oneOf") or node.get("anyOf")
    if alternatives:
        return st.one_of([schema_strategy(spec, member, depth) for member in alternatives])
    if "enum" in node:
        # Enums keep values they do not know, so an unknown one must round-trip as well.
        return st.sampled_from([*node["enum"], "CONTRACT_UNKNOWN_VALUE"])
    kind = _kind(node)
    if kind == "object":
        required = set(node.get("required", []))
        fixed: dict[str, st.SearchStrategy[Any]] = {}
        optional: dict[str, st.SearchStrategy[Any]] = {}
        for name, prop in node.get("properties", {}).items():
            if name in required:
                fixed[name] = schema_strategy(spec, prop, depth + 1)
            elif depth < FULL_DEPTH:
                optional[name] = st.none() | schema_strategy(spec, prop, depth + 1)
        extra = node.get("additionalProperties")
        data = st.fixed_dictionaries(fixed, optional=optional)
        if extra is None or extra is True or extra == {}:
            # Undeclared keys go to `additional_properties` and must come back out.
            more = st.dictionaries(_keys.map(lambda key: "x" + key), _json, max_size=2)
        elif extra is False:
            return data
        else:
            more = st.dictionaries(
                _keys.map(lambda key: "x" + key), schema_strategy(spec, extra, depth + 1), max_size=2
            )
        return st.tuples(data, more).map(lambda parts: {**parts[1], **parts[0]})
    if kind == "array":
        low, high = node.get("minItems", 0), node.get("maxItems", 2)
        if depth >= MAX_DEPTH and not low:
            return st.just([])
        return st.lists(
            schema_strategy(spec, node.get("items", {}), depth + 1), min_size=low, max_size=max(low, min(high, 2))
        )
    if kind == "string":
        return _string_strategy(node)
    if kind == "integer":
        step = node.get("multipleOf", 1)
        low, high = node.get("minimum", -(2**31)), node.get("maximum", 2**31)
        return st.integers(-(-low // step), high // step).map(lambda n: n * step)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "any":
        return _json
    raise ValueError(f"unknown schema type {kind!r}")
