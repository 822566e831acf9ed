"""The public-API difference between two normalized specs, as the people who import the client see it.

Both documents are normalized (transforms applied), so a multi-operation alternative is an operation
of its own and every `x-okta-parent` child already lists its inherited fields. What is compared is
what the generated client exposes: operations (module, parameters, request body, responses),
models and their fields, and enum values. Nothing here reads generated code.

A change breaks callers when code written against the old client can stop working with the new one:
a removed operation, model, parameter, field or enum value, a renamed or moved operation, a newly
required parameter, body or request field, and a changed type other than a widening (see `widens`).
Polymorphism is reported on its own: a model that stops being a subclass of its parent, or a
discriminator value that no longer picks its class, changes what `isinstance` and parsing give
callers even when every field stays the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .operations import generated_operations
from .refs import SCHEMAS, resolve, unescape, walk
from .transforms.discriminators import discriminator_of

Document = dict[str, Any]

# Report order of the kinds of change, within the breaking and within the other section.
KINDS = (
    "operation removed",
    "operation renamed",
    "operation moved",
    "operation added",
    "endpoint changed",
    "parameter removed",
    "parameter added",
    "parameter now required",
    "parameter now optional",
    "request body removed",
    "request body added",
    "request body now required",
    "request body now optional",
    "content type removed",
    "content type added",
    "response removed",
    "response added",
    "model removed",
    "model added",
    "polymorphism lost",
    "polymorphism gained",
    "field removed",
    "field added",
    "field now required",
    "field now optional",
    "enum value removed",
    "enum value added",
    "type changed",
)

# Formats openapi-python-client turns into a Python type of their own; any other format is a plain str/int/float.
TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})
WIDER_FORMATS = frozenset({("integer", "int32", "int64"), ("number", "float", "double")})


@dataclass(frozen=True)
class Change:
    """One difference; `subject` names what changed, `detail` how."""

    kind: str
    breaking: bool
    subject: str
    detail: str = ""

    def sort_key(self) -> tuple[bool, int, str, str]:
        return (not self.breaking, KINDS.index(self.kind), self.subject, self.detail)


@dataclass(frozen=True)
class Operation:
    """An operation as the generated client exposes it."""

    operation_id: str
    method: str
    path: str
    tag: str
    parameters: dict[tuple[str, str], dict[str, Any]]
    body: dict[str, Any] | None
    responses: dict[str, dict[str, Any]]

    @property
    def module(self) -> str:
        tag = PythonIdentifier(self.tag, "tag")
        return f"okta_api.api.{tag}.{PythonIdentifier(self.operation_id, 'field')}"

    @property
    def endpoint(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass
class ApiDiff:
    """Every change from `old_version` to `new_version`, breaking ones first."""

    old_version: str
    new_version: str
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]


def diff_documents(old: Document, new: Document) -> ApiDiff:
    """Compare two normalized documents."""
    differ = _Differ(old, new)
    differ.operations()
    differ.models()
    changes = sorted(set(differ.changes), key=Change.sort_key)
    return ApiDiff(_version(old), _version(new), changes)


def render_markdown(diff: ApiDiff) -> str:
    """The report: the same two documents always give the same text."""
    lines = [f"# Okta Management API {diff.old_version} -> {diff.new_version}: changes to the client", ""]
    breaking = diff.breaking
    other = [change for change in diff.changes if not change.breaking]
    lines.append(f"{len(breaking)} breaking change(s), {len(other)} other change(s).")
    for title, changes in (("Breaking changes", breaking), ("Other changes", other)):
        lines += ["", f"## {title}", ""]
        if not changes:
            lines.append("None.")
            continue
        for kind in KINDS:
            of_kind = [change for change in changes if change.kind == kind]
            if not of_kind:
                continue
            lines += [f"### {kind[:1].upper()}{kind[1:]} ({len(of_kind)})", ""]
            lines += [f"- {change.subject}" + (f": {change.detail}" if change.detail else "") for change in of_kind]
            lines.append("")
        if lines[-1] == "":
            lines.pop()
    return "\n".join(lines) + "\n"


def operations_of(document: Document) -> dict[str, Operation]:
    """Every generated operation by operationId (multi-operation alternatives in place of their base)."""
    found: dict[str, Operation] = {}
    for op in generated_operations(document):
        operation_id = op.operation.get("operationId")
        if isinstance(operation_id, str):
            found[operation_id] = _operation(document, op.path, op.method, op.path_item, op.operation)
    return found


def describe(schema: Any) -> str:
    """A short, comparable name for a schema's type: `User`, `list[string]`, `string(date-time)`, `any`."""
    if not isinstance(schema, dict):
        return "any"
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return _ref_name(ref)
    parts = schema.get("allOf") or []
    if len(parts) == 1:
        return describe(parts[0])
    for combinator in ("oneOf", "anyOf"):
        if isinstance(schema.get(combinator), list):
            return " | ".join(sorted({describe(part) for part in schema[combinator]}))
    kind = schema.get("type")
    if kind == "array":
        return f"list[{describe(schema.get('items'))}]"
    if kind == "object" or (kind is None and ("properties" in schema or "additionalProperties" in schema)):
        if schema.get("properties"):
            return "object"
        extra = schema.get("additionalProperties")
        return f"dict[str, {describe(extra)}]" if isinstance(extra, dict) and extra else "dict[str, any]"
    if not isinstance(kind, str):
        return "any"
    described = f"{kind}({schema['format']})" if isinstance(schema.get("format"), str) else kind
    return f"{described} enum" if isinstance(schema.get("enum"), list) else described


def widens(old: str, new: str) -> bool:
    """True when `new` accepts every value `old` did and callers see the same Python type (or int -> float)."""
    old_kind, old_format = _split(old)
    new_kind, new_format = _split(new)
    if old_kind is None or new_kind is None:
        return False
    if old_kind == new_kind:
        if (old_kind, old_format, new_format) in WIDER_FORMATS:
            return True
        return new_format is None and old_format is not None and old_format not in TYPED_FORMATS
    return old_kind == "integer" and new_kind == "number" and new_format in (None, "double", "float")


class _Differ:
    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.request_models = _request_models(new) | _request_models(old)

    def add(self, kind: str, breaking: bool, subject: str, detail: str = "") -> None:
        self.changes.append(Change(kind, breaking, subject, detail))

    def operations(self) -> None:
        old, new = operations_of(self.old), operations_of(self.new)
        pairs = [(old[name], new[name]) for name in sorted(old.keys() & new.keys())]
        removed = {name: old[name] for name in old.keys() - new.keys()}
        added = {name: new[name] for name in new.keys() - old.keys()}
        for before, after in self._renamed(removed, added):
            del removed[before.operation_id], added[after.operation_id]
            self.add("operation renamed", True, f"`{before.operation_id}` -> `{after.operation_id}`", after.endpoint)
            pairs.append((before, after))
        for operation in removed.values():
            self.add("operation removed", True, f"`{operation.operation_id}`", operation.endpoint)
        for operation in added.values():
            self.add("operation added", False, f"`{operation.operation_id}`", operation.endpoint)
        for before, after in pairs:
            self.operation(before, after)

    @staticmethod
    def _renamed(removed: dict[str, Operation], added: dict[str, Operation]) -> list[tuple[Operation, Operation]]:
        """Same method and path, one operationId gone and one new: a rename, not a removal plus an addition."""
        gone: dict[str, list[Operation]] = {}
        for operation in removed.values():
            gone.setdefault(operation.endpoint, []).append(operation)
        came: dict[str, list[Operation]] = {}
        for operation in added.values():
            came.setdefault(operation.endpoint, []).append(operation)
        return [
            (gone[endpoint][0], came[endpoint][0])
            for endpoint in sorted(gone.keys() & came.keys())
            if len(gone[endpoint]) == 1 and len(came[endpoint]) == 1
        ]

    def operation(self, before: Operation, after: Operation) -> None:
        subject = f"`{after.operation_id}`"
        if before.module != after.module and before.operation_id == after.operation_id:
            self.add("operation moved", True, subject, f"`{before.module}` -> `{after.module}`")
        if before.endpoint != after.endpoint and before.operation_id == after.operation_id:
            self.add("endpoint changed", False, subject, f"{before.endpoint} -> {after.endpoint}")
        self.parameters(subject, before.parameters, after.parameters)
        self.body(subject, before.body, after.body)
        self.responses(subject, before.responses, after.responses)

    def parameters(
        self, subject: str, old: dict[tuple[str, str], dict[str, Any]], new: dict[tuple[str, str], dict[str, Any]]
    ) -> None:
        for key in sorted(old.keys() | new.keys()):
            where = f"{subject} {key[0]} parameter `{key[1]}`"
            before, after = old.get(key), new.get(key)
            if after is None:
                self.add("parameter removed", True, where)
            elif before is None:
                required = bool(after.get("required"))
                self.add("parameter added", required, where, "required" if required else "optional")
            else:
                if bool(after.get("required")) != bool(before.get("required")):
                    now = bool(after.get("required"))
                    self.add("parameter now required" if now else "parameter now optional", now, where)
                self.schema(where, before.get("schema"), after.get("schema"))

    def body(self, subject: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        where = f"{subject} request body"
        if old is None and new is None:
            return
        if new is None:
            self.add("request body removed", True, where)
            return
        required = bool(new.get("required"))
        if old is None:
            self.add("request body added", required, where, "required" if required else "optional")
            return
        if required != bool(old.get("required")):
            self.add("request body now required" if required else "request body now optional", required, where)
        self.content(where, old.get("content") or {}, new.get("content") or {}, request=True)

    def responses(self, subject: str, old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> None:
        for status in sorted(old.keys() | new.keys()):
            where = f"{subject} response {status}"
            if status not in new:
                # Losing a success response changes what `sync` returns; an error status only changes docs.
                self.add("response removed", status.startswith("2"), where)
            elif status not in old:
                self.add("response added", False, where, _content_summary(new[status]))
            else:
                self.content(where, old[status].get("content") or {}, new[status].get("content") or {}, request=False)

    def content(self, where: str, old: dict[str, Any], new: dict[str, Any], request: bool) -> None:
        for content_type in sorted(old.keys() | new.keys()):
            if content_type not in new:
                self.add("content type removed", True, where, f"`{content_type}`")
            elif content_type not in old:
                self.add("content type added", False, where, f"`{content_type}`")
            else:
                at = where if len(new) == 1 else f"{where} `{content_type}`"
                before, after = (old[content_type] or {}).get("schema"), (new[content_type] or {}).get("schema")
                self.schema(at, before, after)
                self.fields(at, before, after, request)

    def schema(self, where: str, old: Any, new: Any) -> None:
        """A type change and enum values of one inline schema (a referenced model reports its own)."""
        before, after = describe(old).removesuffix(" enum"), describe(new).removesuffix(" enum")
        if before != after:
            breaking = not widens(before, after)
            self.add("type changed", breaking, where, f"`{before}` -> `{after}`" + ("" if breaking else " (widened)"))
            return
        old_values, new_values = _inline_enum(old), _inline_enum(new)
        if old_values is not None and new_values is not None:
            self.enum_values(where, old_values, new_values)
        elif old_values is None and new_values is not None:
            self.add("type changed", True, where, f"`{before}` -> `{before} enum` (narrowed)")
        elif old_values is not None and new_values is None:
            self.add("type changed", False, where, f"`{before} enum` -> `{before}` (widened)")

    def enum_values(self, where: str, old: list[Any], new: list[Any]) -> None:
        for value in sorted({str(v) for v in old} - {str(v) for v in new}):
            self.add("enum value removed", True, where, f"`{value}`")
        for value in sorted({str(v) for v in new} - {str(v) for v in old}):
            self.add("enum value added", False, where, f"`{value}`")

    def models(self) -> None:
        old = (self.old.get("components") or {}).get("schemas") or {}
        new = (self.new.get("components") or {}).get("schemas") or {}
        for name in sorted(old.keys() - new.keys()):
            self.add("model removed", True, f"`{name}`")
        for name in sorted(new.keys() - old.keys()):
            self.add("model added", False, f"`{name}`", describe(new[name]))
        for name in sorted(old.keys() & new.keys()):
            subject, before, after = f"`{name}`", old[name], new[name]
            if {describe(before), describe(after)} <= {"object", "dict[str, any]"}:
                # Both are classes (openapi-python-client makes one for a field-less object too): only fields differ.
                before, after = _with_properties(before), _with_properties(after)
            else:
                self.schema(subject, before, after)
            self.fields(subject, before, after, request=name in self.request_models)
        self.polymorphism(old, new)

    def polymorphism(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Parents and discriminator mappings of the models both documents have."""
        for name in sorted(old.keys() & new.keys()):
            subject = f"`{name}`"
            before, after = parent_of(old[name]), parent_of(new[name])
            if before != after:
                if before is not None:
                    self.add("polymorphism lost", True, subject, f"no longer a subclass of `{before}`")
                if after is not None:
                    self.add("polymorphism gained", False, subject, f"now a subclass of `{after}`")
            old_map, new_map = discriminator_mapping(old[name]), discriminator_mapping(new[name])
            for value in sorted(old_map.keys() | new_map.keys()):
                was, now = old_map.get(value), new_map.get(value)
                where = f"{subject} discriminator value `{value}`"
                if was == now:
                    continue
                if was is not None:
                    lost = f"parses as `{now}`, not `{was}`" if now else f"no longer parses as `{was}`"
                    self.add("polymorphism lost", True, where, lost)
                else:
                    self.add("polymorphism gained", False, where, f"parses as `{now}`")

    def fields(self, subject: str, old: Any, new: Any, request: bool) -> None:
        """Fields of an object schema written inline (a `$ref` is reported under its model's name)."""
        if not (_is_inline_object(old) and _is_inline_object(new)):
            return
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name in sorted(old_props.keys() | new_props.keys()):
            where = f"{subject.removesuffix('`')}.{name}`" if subject.endswith("`") else f"{subject} field `{name}`"
            if name not in new_props:
                self.add("field removed", True, where)
            elif name not in old_props:
                required = name in new_required
                self.add("field added", required and request, where, "required" if required else "optional")
            else:
                if (name in new_required) != (name in old_required):
                    now = name in new_required
                    # A request that leaves it out is refused now; for a reader it is only a new guarantee.
                    self.add("field now required" if now else "field now optional", now and request, where)
                self.schema(where, old_props[name], new_props[name])
                self.fields(where, old_props[name], new_props[name], request)
                old_items, new_items = old_props[name].get("items"), new_props[name].get("items")
                if isinstance(old_items, dict) and isinstance(new_items, dict):
                    self.fields(f"{where}[]", old_items, new_items, request)


def parent_of(schema: Any) -> str | None:
    """The model a schema subclasses: Okta's `x-okta-parent`, or an `allOf` whose first member is a `$ref`."""
    if not isinstance(schema, dict):
        return None
    parent = schema.get("x-okta-parent")
    if isinstance(parent, str):
        return _ref_name(parent)
    members = schema.get("allOf")
    if isinstance(members, list) and members and isinstance(members[0], dict):
        first = members[0].get("$ref")
        if isinstance(first, str) and first.startswith(SCHEMAS):
            return _ref_name(first)
    return None


def discriminator_mapping(schema: Any) -> dict[str, str]:
    """Discriminator value -> model name, from whichever discriminator the schema declares."""
    found = discriminator_of(schema) if isinstance(schema, dict) else None
    if not isinstance(found, dict) or not isinstance(found.get("mapping"), dict):
        return {}
    return {str(v): _ref_name(r) for v, r in found["mapping"].items() if isinstance(r, str)}


def _operation(
    document: Document, path: str, method: str, item: dict[str, Any], operation: dict[str, Any]
) -> Operation:
    parameters: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in list(item.get("parameters") or []) + list(operation.get("parameters") or []):
        resolved = _resolved(document, parameter)
        if isinstance(resolved, dict) and "name" in resolved and "in" in resolved:
            parameters[(str(resolved["in"]), str(resolved["name"]))] = resolved
    body = _resolved(document, operation["requestBody"]) if "requestBody" in operation else None
    responses = {
        str(status): _resolved(document, response) for status, response in (operation.get("responses") or {}).items()
    }
    tags = operation.get("tags") or ["default"]
    return Operation(
        operation_id=operation["operationId"],
        method=method,
        path=path,
        tag=str(tags[0]),
        parameters=parameters,
        body=body if isinstance(body, dict) else None,
        responses={status: response for status, response in responses.items() if isinstance(response, dict)},
    )


def _resolved(document: Document, node: Any) -> Any:
    """Follow `$ref`s to components other than schemas (parameters, request bodies, responses)."""
    for _ in range(20):  # a bound, so a ref cycle ends; validate.py refuses dangling refs before this runs
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and not node["$ref"].startswith(SCHEMAS)):
            return node
        try:
            node = resolve(document, node["$ref"])
        except KeyError:
            return None
    return None


def _request_models(document: Document) -> set[str]:
    """Schemas a request body can contain, directly or through fields, items, parents and subclasses."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    pending = [
        name
        for operation in operations_of(document).values()
        if operation.body is not None
        for name in _refs_in(operation.body)
    ]
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name in found or name not in schemas:
            continue
        found.add(name)
        pending.extend(_refs_in(schemas[name]))
    return found


def _refs_in(node: Any) -> Iterator[str]:
    for _, value in walk(node):
        if isinstance(value, str) and value.startswith(SCHEMAS):
            yield _ref_name(value)


def _ref_name(ref: str) -> str:
    return unescape(ref[len(SCHEMAS) :]) if ref.startswith(SCHEMAS) else ref.rsplit("/", 1)[-1]


def _with_properties(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "properties": schema.get("properties") or {}}


def _inline_enum(schema: Any) -> list[Any] | None:
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    items = schema.get("items")
    if schema.get("type") == "array" and isinstance(items, dict) and isinstance(items.get("enum"), list):
        return list(items["enum"])
    return None


def _is_inline_object(schema: Any) -> bool:
    return isinstance(schema, dict) and "$ref" not in schema and isinstance(schema.get("properties"), dict)


def _content_summary(response: dict[str, Any]) -> str:
    content = response.get("content") or {}
    return ", ".join(f"`{describe((content[t] or {}).get('schema'))}`" for t in sorted(content)) or "no body"


def _split(described: str) -> tuple[str | None, str | None]:
    match = re.fullmatch(r"(string|integer|number|boolean)(?:\(([^)]+)\))?", described)
    return (match.group(1), match.group(2)) if match else (None, None)


def _version(document: Document) -> str:
    version = (document.get("info") or {}).get("version")
    return str(version) if version is not None else "unknown"
