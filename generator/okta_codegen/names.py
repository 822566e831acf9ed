"""Refuse a document in which two operations, models, enum members or model fields would get one Python name.

openapi-python-client names things with its own functions (`PythonIdentifier`, `ClassName`, its enum-key rule)
and, where two names meet, mostly keeps one and drops the other without a word: a second endpoint module
overwrites the first, a second enum member replaces the first, a second model module overwrites the first. These
checks apply the same functions to the document it is given, before anything is rendered, and name both parties.
What openapi-python-client resolves without losing anything stays allowed: properties `fooBar` and `foo_bar` of
one schema become the attributes `fooBar` and `foo_bar` (its own renaming, reproduced here).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, MetaType
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import PythonIdentifier, snake_case

from .errors import SpecError
from .opc import CONFIG, PACKAGE
from .operations import generated_operations
from .refs import pointer, resolve, walk
from .transforms.multi_operation import EXTENSION as MULTI

# Our generator config, as render_client builds it: the names depend on its field prefix and class overrides.
NAMING = Config.from_sources(
    CONFIG, MetaType.NONE, document_source=Path(PACKAGE), file_encoding="utf-8", overwrite=True, output_path=None
)
PREFIX = NAMING.field_prefix
NOT_SCHEMAS = frozenset({"example", "examples", "default", "x-okta-codegen-discriminator"})


@dataclass(frozen=True, order=True)
class Clash:
    """Two things of the document that would get one Python name; `at` is the later one."""

    at: str
    message: str


@dataclass(frozen=True)
class Named:
    at: str
    label: str


def check_python_names(document: dict[str, Any], source: str) -> None:
    """Raise SpecError (the first clash, by pointer) if two things of `document` would share a Python name."""
    clashes = sorted(
        [*operation_clashes(document), *model_clashes(document), *member_clashes(document), *field_clashes(document)]
    )
    if clashes:
        more = f" (and {len(clashes) - 1} more name clash(es))" if len(clashes) > 1 else ""
        raise SpecError(source, clashes[0].at, clashes[0].message + more)


def operation_clashes(document: dict[str, Any]) -> Iterator[Clash]:
    """Operations: one function and module each, and endpoints know their facts by that name package-wide."""
    seen: dict[str, Named] = {}
    for op in generated_operations(document):
        operation_id = op.operation.get("operationId")
        if not isinstance(operation_id, str):
            continue  # client_view reports it
        at = pointer("paths", op.path, op.method)
        if op.operation is not op.base:
            at += pointer(MULTI, next(i for i, alt in enumerate(op.base[MULTI]) if alt is op.operation))
        name = PythonIdentifier(operation_id, PREFIX)
        yield from _claim(seen, name, Named(at, f"operation {operation_id!r}"), "function")


def model_clashes(document: dict[str, Any]) -> Iterator[Clash]:
    """Component schemas that become classes: one class and one module (models/<module>.py) each. Two enums with
    the same values may share a class: openapi-python-client makes one, and nothing is lost."""
    classes: dict[str, tuple[Named, dict[str, Any]]] = {}
    modules: dict[str, Named] = {}
    for name, schema in _component_schemas(document).items():
        if not _makes_class(schema):
            continue
        title = schema.get("title")
        info = Class.from_string(string=title if isinstance(title, str) and title else name, config=NAMING)
        named = Named(pointer("components", "schemas", name), f"schema {name!r}")
        first, first_schema = classes.setdefault(info.name, (named, schema))
        if first is not named:
            if not _same_enum(first_schema, schema):
                yield _clash(named, first, "class", info.name)
            continue
        yield from _claim(modules, info.module_name, named, "module (models/<module>.py)")


def member_clashes(document: dict[str, Any]) -> Iterator[Clash]:
    """Enum values: one member name each (`a-b`, `a_b` and `A_B` are all the member `A_B`)."""
    for at, node in walk(document):
        if not (isinstance(node, dict) and isinstance(node.get("enum"), list) and _is_schema_at(at)):
            continue
        indexed = [(index, value) for index, value in enumerate(node["enum"]) if value is not None]
        values = [value for _, value in indexed]
        if not values or not (all(isinstance(v, str) for v in values) or all(_is_int(v) for v in values)):
            continue  # openapi-python-client refuses mixed enums itself
        seen: dict[str, tuple[Named, Any]] = {}
        for (index, value), member in zip(indexed, member_names(values, node.get("x-enum-varnames")), strict=True):
            named = Named(f"{at}/enum/{index}", f"enum value {value!r}")
            first, first_value = seen.setdefault(member, (named, value))
            if first is named:
                continue
            if first_value == value:  # openapi-python-client stops with a ValueError on these
                yield Clash(named.at, f"enum value {value!r} is listed twice (first at #{first.at}): remove one")
            else:
                yield _clash(named, first, "enum member", member)


def field_clashes(document: dict[str, Any]) -> Iterator[Clash]:
    """Properties of one model, inherited ones included: one attribute each, after openapi-python-client's renaming."""
    for at, node in walk(document):
        if not (isinstance(node, dict) and _is_schema_at(at) and _is_model(node)):
            continue
        names = _property_names(document, node, ())
        attributes = attribute_names(names)
        seen: dict[str, Named] = {}
        for name in attributes:
            named = Named(f"{at}/properties/{pointer(name)[1:]}", f"property {name!r}")
            yield from _claim(seen, attributes[name], named, "attribute")
        yield from _renamed_inherited(document, at, node, attributes)


def attribute_names(names: list[str]) -> dict[str, str]:
    """Each property's attribute, as openapi-python-client's `_process_properties` picks it: snake_case, and where
    two meet, both keep their own spelling (`PythonIdentifier(..., skip_snake_case=True)`)."""
    chosen: dict[str, str] = {}
    for name in names:
        if name in chosen:
            continue  # the same property again (inherited and restated): merged into one
        current = PythonIdentifier(name, PREFIX)
        for other in list(chosen):
            if chosen[other] == current:
                current = PythonIdentifier(name, PREFIX, skip_snake_case=True)
                chosen[other] = PythonIdentifier(other, PREFIX, skip_snake_case=True)
        chosen[name] = current
    return chosen


def _renamed_inherited(
    document: dict[str, Any], at: str, node: dict[str, Any], attributes: dict[str, str]
) -> Iterator[Clash]:
    """A subclass must keep its parent's attribute for each inherited property, or `obj.x` means two fields."""
    parent_ref = node.get("x-okta-parent")
    if not isinstance(parent_ref, str):
        return
    try:
        parent = resolve(document, parent_ref)
    except KeyError:
        return  # parent_inheritance reports it
    if not isinstance(parent, dict) or parent is node:
        return
    inherited = attribute_names(_property_names(document, parent, ()))
    for name, attribute in inherited.items():
        if name in attributes and attributes[name] != attribute:
            snake = PythonIdentifier(name, PREFIX)
            others = [repr(o) for o in attributes if o != name and PythonIdentifier(o, PREFIX) == snake]
            yield Clash(
                f"{at}/properties/{pointer(name)[1:]}",
                f"inherited property {name!r} would be the attribute {attributes[name]!r} here but {attribute!r} in"
                f" its parent {parent_ref!r}, as property {' and '.join(others)} here has the same Python name:"
                " rename one",
            )


def _property_names(document: dict[str, Any], schema: dict[str, Any], chain: tuple[int, ...]) -> list[str]:
    """The model's properties in openapi-python-client's order: allOf references, own properties, inline allOf."""
    if id(schema) in chain:
        return []
    chain = (*chain, id(schema))
    inherited: list[str] = []
    inline: list[str] = []
    for part in schema.get("allOf") or []:
        if not isinstance(part, dict):
            continue
        if isinstance(part.get("$ref"), str):
            try:
                target = resolve(document, part["$ref"])
            except KeyError:
                continue
            if isinstance(target, dict):
                inherited += _property_names(document, target, chain)
        else:
            inline += [name for name in part.get("properties") or {} if isinstance(name, str)]
    own = [name for name in schema.get("properties") or {} if isinstance(name, str)]
    return [*inherited, *own, *inline]


def member_names(values: list[Any], var_names: Any) -> list[str]:
    """Each value's member name, as openapi-python-client's `EnumProperty.values_from_list` computes it (which keeps
    only the last value of a name, or raises ValueError, depending on spelling)."""
    names = var_names if isinstance(var_names, list) and len(var_names) == len(values) else None
    members = []
    for index, value in enumerate(values):
        if isinstance(value, int):
            if names is not None:
                members.append(snake_case(str(names[index])).upper())
            else:
                members.append(f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}")
            continue
        if names is not None:
            key = str(names[index])
        elif value and value[0].isalpha():
            key = value.upper()
        else:
            key = f"VALUE_{index}"
        members.append(snake_case(key).upper())
    return members


def _claim(seen: dict[str, Named], name: str, named: Named, what: str) -> Iterator[Clash]:
    first = seen.setdefault(name, named)
    if first is not named:
        yield _clash(named, first, what, name)


def _clash(named: Named, first: Named, what: str, name: str) -> Clash:
    return Clash(
        named.at,
        f"{named.label} would be the Python {what} {name!r}, like {first.label} at #{first.at}:"
        " one of them would be lost; rename one",
    )


def _same_enum(first: dict[str, Any], second: dict[str, Any]) -> bool:
    if "enum" not in first or "enum" not in second or _is_model(first) or _is_model(second):
        return False
    return bool(_members(first) == _members(second))


def _members(schema: dict[str, Any]) -> dict[str, Any]:
    values = [value for value in schema["enum"] if value is not None] if isinstance(schema["enum"], list) else []
    return dict(zip(member_names(values, schema.get("x-enum-varnames")), values, strict=True))


def _component_schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    return {name: schema for name, schema in schemas.items() if isinstance(schema, dict)}


def _makes_class(schema: dict[str, Any]) -> bool:
    return "enum" in schema or _is_model(schema)


def _is_model(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "allOf" in schema or ("type" not in schema and "properties" in schema)


def _is_schema_at(at: str) -> bool:
    """False under examples, defaults and extensions, where a dict is data, not a schema (a property may be named
    `default`: a token right after `properties` is a name)."""
    tokens = at.split("/")
    return not any(
        (token in NOT_SCHEMAS or (token.startswith("x-") and token != MULTI)) and before != "properties"
        for before, token in itertools.pairwise(tokens)
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
