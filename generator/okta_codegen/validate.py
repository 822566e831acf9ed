"""Check the normalized, merged document before any code is generated from it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, NoReturn

from jsonschema_path import SchemaPath
from jsonschema_path.accessors import SchemaAccessor
from openapi_spec_validator.settings import OpenAPISpecValidatorSettings
from openapi_spec_validator.shortcuts import get_validator_cls
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError, ValidatorDetectError
from openapi_spec_validator.validation.keywords import KeywordValidator
from openapi_spec_validator.validation.validators import SpecValidator
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable, Unretrievable
from referencing.jsonschema import DRAFT202012

from .errors import SpecError
from .merge import COMPONENT_KINDS, operation_ids_of
from .refs import Reference, data_holding_refs, is_local, literal_pointer, pointer, references, resolve

# Keywords that evaluate the same value as the schema holding them: a loop through them never reaches a schema.
IN_PLACE = ("allOf", "oneOf", "anyOf")


def validate_document(document: dict[str, Any], source: str, owners: Mapping[str, str] | None = None) -> None:
    """Raise SpecError for a non-local, dangling or looping reference, a duplicate operationId, or an invalid
    OpenAPI document; the references are checked before the OpenAPI validator sees the document.

    `owners` maps the pointers of parts a fragment added to the fragment's file, which errors there name.
    """
    try:
        _validate(document, source)
    except SpecError as exc:
        owner = owner_of(exc.pointer, owners or {})
        if owner is None:
            raise
        raise SpecError(owner, exc.pointer, exc.message) from exc.__cause__


def fragment_parts(fragment: dict[str, Any]) -> list[str]:
    """Pointers of the paths and components a fragment adds to the document it is merged into."""
    parts = [pointer("paths", path) for path in fragment.get("paths") or {}]
    components = fragment.get("components") or {}
    for kind in COMPONENT_KINDS:
        parts.extend(pointer("components", kind, name) for name in components.get(kind) or {})
    return parts


def owner_of(at: str, owners: Mapping[str, str]) -> str | None:
    for prefix, file in owners.items():
        if at == prefix or at.startswith(prefix + "/"):
            return file
    return None


def _validate(document: dict[str, Any], source: str) -> None:
    found = references(document)
    check_local_references(document, source, found)
    for ref in found:
        if not _points_somewhere(document, ref):
            raise SpecError(source, ref.at, f"{_what(ref)} {ref.target!r} resolves to nothing")
    check_reference_cycles(document, source, found)
    check_unique_operation_ids(document, source)
    check_openapi(document, source)


def check_references_alone(document: dict[str, Any], source: str) -> None:
    """The checks one input document passes before merging: only local references, and no reference loop."""
    found = references(document)
    check_local_references(document, source, found)
    check_reference_cycles(document, source, found)


def check_local_references(document: dict[str, Any], source: str, found: list[Reference] | None = None) -> None:
    """Refuse any reference to another file or a URL: the generator never fetches or reads what a spec names."""
    for ref in references(document) if found is None else found:
        if ref.kind == "mapping" and not ref.target.startswith("#") and not _looks_like_a_path(ref.target):
            continue  # a schema name; whether it names a schema is checked once the documents are merged
        if not is_local(ref.target):
            raise SpecError(
                source,
                ref.at,
                f"{_what(ref)} {ref.target!r} is not a local reference (#/...): the generator never fetches or"
                " reads another file or URL a spec names",
            )


def check_reference_cycles(document: dict[str, Any], source: str, found: list[Reference] | None = None) -> None:
    """Refuse schemas that are defined only by each other in place (A -> B -> A through `$ref`, `allOf`,
    `oneOf`, `anyOf` or `x-okta-parent`): nothing ever defines them. Recursion through properties is fine."""
    found = references(document) if found is None else found
    order = {ref.at: index for index, ref in enumerate(found)}
    done: set[str] = set()
    for ref in found:
        if ref.kind != "mapping" and is_local(ref.target) and ref.target not in done:
            cycle = _find_cycle(document, ref.target, done)
            if cycle is not None:
                _report_cycle(source, cycle, order)


def _find_cycle(document: dict[str, Any], start: str, done: set[str]) -> list[tuple[str, str]] | None:
    """Depth-first over in-place references from `start`, without recursion.

    Returns a cycle as (schema, pointer of the reference leaving it) pairs, or None; `done` collects every
    target known to reach no cycle.
    """
    path: list[tuple[str, str]] = [(start, "")]  # (target, pointer of the reference that led to it)
    pending: list[Iterator[tuple[str, str]]] = [_in_place_targets(document, start)]
    on_path = {start}
    while pending:
        step = next(pending[-1], None)
        if step is None:
            pending.pop()
            target, _ = path.pop()
            on_path.discard(target)
            done.add(target)
            continue
        at, target = step
        if target in on_path:
            first = [t for t, _ in path].index(target)
            leaving = [path[i + 1][1] for i in range(first, len(path) - 1)] + [at]
            return [(path[i][0], leaving[i - first]) for i in range(first, len(path))]
        if target not in done:
            path.append((target, at))
            on_path.add(target)
            pending.append(_in_place_targets(document, target))
    return None


def _report_cycle(source: str, cycle: list[tuple[str, str]], order: dict[str, int]) -> NoReturn:
    """Raise SpecError at the cycle's reference written first in the document, naming the whole loop."""
    first = min(range(len(cycle)), key=lambda i: order.get(cycle[i][1], len(order)))
    cycle = cycle[first:] + cycle[:first]
    names = " -> ".join([target for target, _ in cycle] + [cycle[0][0]])
    raise SpecError(
        source,
        cycle[0][1],
        f"reference cycle {names}: these schemas are defined only by each other"
        f" ({', '.join(('$ref', *IN_PLACE, 'x-okta-parent'))}), so none of them is ever defined",
    )


def _in_place_targets(document: dict[str, Any], target: str) -> Iterator[tuple[str, str]]:
    """(pointer of the reference, its target) for each local reference that `target` is evaluated through."""
    try:
        node = resolve(document, target)
    except KeyError:
        return
    yield from _in_place_refs(node, target[1:])


def _in_place_refs(node: Any, at: str) -> Iterator[tuple[str, str]]:
    if not isinstance(node, dict):
        return
    for key in ("$ref", "x-okta-parent"):
        if isinstance(node.get(key), str) and is_local(node[key]):
            yield f"{at}/{key}", node[key]
    for key in IN_PLACE:
        members = node.get(key)
        if isinstance(members, list):
            for index, member in enumerate(members):
                yield from _in_place_refs(member, f"{at}/{key}/{index}")


def dangling_refs(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(pointer, target) for every reference that points nowhere; example and default data are not references."""
    return [(ref.at, ref.target) for ref in references(document) if not _points_somewhere(document, ref)]


def _points_somewhere(document: dict[str, Any], ref: Reference) -> bool:
    if ref.kind == "mapping" and not ref.target.startswith("#"):
        return ref.target in ((document.get("components") or {}).get("schemas") or {})
    try:
        resolve(document, ref.target)
    except KeyError:
        return False
    return True


def _looks_like_a_path(target: str) -> bool:
    return any(mark in target for mark in ("/", ":", "\\")) or target.startswith(".")


def _what(ref: Reference) -> str:
    return {"$ref": "$ref", "mapping": "discriminator mapping"}.get(ref.kind, ref.kind)


def check_unique_operation_ids(document: dict[str, Any], source: str) -> None:
    seen: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        for method, operation_id in operation_ids_of(item):
            at = pointer("paths", path, method)
            if operation_id in seen:
                raise SpecError(source, at, f"duplicate operationId {operation_id!r} (first at {seen[operation_id]})")
            seen[operation_id] = at


def check_openapi(document: dict[str, Any], source: str) -> None:
    """Validate with openapi-spec-validator, configured so that no reference is ever retrieved."""
    try:
        validator = get_validator_cls(document)
    except ValidatorDetectError as exc:
        raise SpecError(source, "", "not an OpenAPI document: no openapi (or swagger) version field") from exc
    try:
        with _data_refs_hidden(document):
            _locating(validator)(offline_schema_path(document)).validate()
    except OpenAPIValidationError as exc:
        at = literal_pointer(document, exc.absolute_path)
        raise SpecError(source, at, f"not valid OpenAPI: {exc.message}") from exc
    except Unresolvable as exc:
        raise SpecError(source, "", f"not valid OpenAPI: a reference does not resolve: {exc}") from exc
    except Unretrievable as exc:
        raise SpecError(source, "", f"not valid OpenAPI: refusing to fetch {exc.ref!r}") from exc


@contextmanager
def _data_refs_hidden(document: dict[str, Any]) -> Iterator[None]:
    """Take out, for the validator's run, the example and default values that hold a `$ref` key: it reads them
    through its reference resolver, as if they were schemas. They are data and stay as they are."""
    found = [(holder, key) for holder, key in data_holding_refs(document) if key in holder]
    # Put back where they were, not at the end: key order shapes the normalized document and the cache keys.
    orders = {id(holder): (holder, list(holder)) for holder, _ in found}
    hidden = [(holder, key, holder.pop(key)) for holder, key in found if key in holder]
    try:
        yield
    finally:
        for holder, key, value in reversed(hidden):
            holder[key] = value
        for holder, order in orders.values():
            items = [(key, holder[key]) for key in order if key in holder]
            items += [(key, value) for key, value in holder.items() if key not in order]
            holder.clear()
            holder.update(items)


def offline_schema_path(document: dict[str, Any]) -> SchemaPath:
    """The validator's view of `document`: references resolve inside it, and retrieving anything else fails."""
    resource: Resource[Any] = DRAFT202012.create_resource(document)
    # `retrieve` is an attrs field aliased from `_retrieve`, which mypy does not see.
    registry: Registry[Any] = Registry(retrieve=_refuse).with_resource("", resource)  # type: ignore[call-arg]
    accessor = SchemaAccessor(
        document,
        registry.resolver(base_uri=""),
        resolved_cache_maxsize=OpenAPISpecValidatorSettings().resolved_cache_maxsize,
    )
    return SchemaPath(accessor)


def _locating(validator: type[SpecValidator]) -> type[SpecValidator]:
    """`validator`, whose keyword checks (a schema's default, a parameter, ...) say where their errors are.

    Their errors come with a path relative to the value checked; each is prefixed once, by the innermost check.
    """
    keywords = {name: _locating_keyword(check, name) for name, check in validator.keyword_validators.items()}
    return type(validator.__name__, (validator,), {"keyword_validators": keywords})


def _locating_keyword(check: type[KeywordValidator], name: str) -> type[KeywordValidator]:
    def located(self: KeywordValidator, *args: Any, **kwargs: Any) -> Iterator[Any]:
        where = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
        for error in check.__call__(self, *args, **kwargs):
            if where is not None and not getattr(error, "_okta_located", False):
                tokens = [*where.parts, "default"] if name == "default" else list(where.parts)
                error.path.extendleft(reversed(tokens))
                error._okta_located = True
            yield error

    return type(check.__name__, (check,), {"__call__": located})


def _refuse(uri: str) -> NoReturn:
    raise LookupError(f"the generator never retrieves {uri!r}")
