"""Derive the document openapi-python-client reads, and the facts our templates need.

The normalized spec says what Okta means; openapi-python-client needs it shaped a little
differently: one path item per multi-operation alternative, free-form maps as plain `{}` schemas,
and per-schema facts (read-only fields, parent class, discriminator) that it would otherwise drop.
These facts travel as `x-okta-codegen-*` keys, which the model templates read.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import pascal_case

from .errors import SpecError
from .operation_metadata import docstring_notes, operation_metadata
from .operations import generated_operations
from .plugins import EXTENSIONS, TRANSFORMS_RAN
from .refs import pointer, resolve, schema_name, walk
from .transforms.discriminators import discriminator_of
from .transforms.multi_operation import EXTENSION as MULTI
from .transforms.multi_operation import METHODS
from .transforms.operation_scopes import AUTH, SCOPES
from .transforms.query_in_path import FIXED_QUERY
from .transforms.spec_walk import keyword_objects

CHECK_KEYWORDS = ("pattern", "minLength", "maxLength")

# Fields whose values are credentials: never shown by a model's repr. `format: password` is the
# spec's own word for it; these names are Okta's other secrets, anywhere they appear.
SECRET_NAMES = frozenset({"client_secret", "sharedSecret", "answer", "salt"})
SECRET_FIELDS = frozenset(
    {
        ("EventHookChannelConfigAuthScheme", "value"),
        ("InlineHookChannelConfigAuthScheme", "value"),
        ("PasswordCredentialHash", "value"),
        ("ProvisioningConnectionProfile", "token"),
    }
)


ENUM_DESCRIPTIONS = "x-enumDescriptions"
EnumKey = tuple[str | None, frozenset[str]]


def enum_key(description: str | None, values: Iterable[object]) -> EnumKey:
    """What identifies an enum schema to the enum template: its description and its values."""
    return description or None, frozenset(str(value) for value in values if value is not None)


@dataclass
class ClientView:
    document: dict[str, Any]
    operations: dict[str, dict[str, Any]] = field(default_factory=dict)
    enum_docs: dict[EnumKey, dict[str, str]] = field(default_factory=dict)
    """`x-enumDescriptions` (value -> text) of each enum schema, for its members' docstrings."""
    transforms: list[dict[str, Any]] = field(default_factory=list)
    """The transforms that made the normalized document, in run order (plugins.TransformRecord)."""


def client_view(normalized: dict[str, Any], source: str) -> ClientView:
    document = copy.deepcopy(normalized)
    view = ClientView(document, transforms=document.pop(TRANSFORMS_RAN, []))
    split_multi_operations(view, source)
    schemas = document.get("components", {}).get("schemas") or {}
    for name, schema in schemas.items():
        annotate_inheritance(schema)
        annotate_secrets(name, schema)
    annotate_discriminators(schemas)
    # Listed first: annotating replaces some of the properties a live walk would still visit.
    with_properties = [
        node for _, node in walk(document) if isinstance(node, dict) and isinstance(node.get("properties"), dict)
    ]
    for node in with_properties:
        annotate_fields(node, document)
    drop_nullable(document)
    shape_schemas(document)
    # Last: enum templates find these by the description and values openapi-python-client reads.
    view.enum_docs = enum_descriptions(document)
    return view


def enum_descriptions(document: dict[str, Any]) -> dict[EnumKey, dict[str, str]]:
    """Each enum's `x-enumDescriptions`, keeping only the values the enum has and text descriptions."""
    found: dict[EnumKey, dict[str, str]] = {}
    for _, node in walk(document):
        if not isinstance(node, dict) or not isinstance(node.get(ENUM_DESCRIPTIONS), dict):
            continue
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        known = {str(value) for value in values}
        docs = {str(k): v for k, v in node[ENUM_DESCRIPTIONS].items() if str(k) in known and isinstance(v, str)}
        description = node.get("description")
        if docs:
            found[enum_key(description if isinstance(description, str) else None, values)] = docs
    return found


# Keywords that only annotate: an allOf member made of them adds nothing to the type.
ANNOTATIONS = frozenset(
    {"description", "title", "readOnly", "writeOnly", "example", "deprecated", "nullable", "default"}
)


def shape_schemas(document: dict[str, Any]) -> None:
    """What openapi-python-client needs said differently: names, implied types, annotation-only members.

    - A `title` would name the class (three schemas titled "Link Object" collide, "Google Workspace"
      would name GoogleApplication): classes take their component or property name, the title goes
      to the docstring.
    - A schema with `properties` and no `type` is an object (it would be an untyped union member); an
      array without `items` holds anything.
    - An `allOf` member that only annotates (`{description: ...}` beside `$ref: LifecycleStatus`)
      moves its annotations to the wrapper, which openapi-python-client then reads as the `$ref`.
    """
    for _, node in keyword_objects(document.get("components") or {}):
        _shape(node)
    for _, node in keyword_objects(document.get("paths") or {}):
        _shape(node)
    avoid_class_name_collisions(document.get("components", {}).get("schemas") or {})


def avoid_class_name_collisions(schemas: dict[str, Any]) -> None:
    """Give a schema whose class name another already has (tempPassword, TempPassword) a numbered one.

    Inline property types are named after their owner (User.type -> UserType); one that would take a
    component schema's class name is named `<Owner><Property>Value` instead.
    """
    names = component_class_names(schemas)
    taken = set(names.values())
    for name, schema in schemas.items():
        if names[name] != pascal_case(name) and isinstance(schema, dict):
            schema["title"] = names[name]
    for name, schema in schemas.items():
        owner = pascal_case(schema.get("title") or name) if isinstance(schema, dict) else ""
        for prop_name, prop in ((schema.get("properties") if isinstance(schema, dict) else None) or {}).items():
            inline = prop.get("items") if isinstance(prop, dict) and prop.get("type") == "array" else prop
            suffix = "_item" if inline is not prop else ""
            if isinstance(inline, dict) and ("properties" in inline or "enum" in inline) and "title" not in inline:
                derived = pascal_case(f"{owner}_{prop_name}{suffix}")
                if derived in taken:
                    inline["title"] = f"{derived}Value"


def component_class_names(schemas: dict[str, Any]) -> dict[str, str]:
    """The class name of each component schema: its PascalCase name, numbered when an earlier one has it."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for name, schema in schemas.items():
        class_name = pascal_case(name)
        if class_name in taken and isinstance(schema, dict):
            number = 2
            while f"{class_name}{number}" in taken:
                number += 1
            class_name = f"{class_name}{number}"
        names[name] = class_name
        taken.add(class_name)
    return names


def _shape(node: dict[str, Any]) -> None:
    if isinstance(node.get("title"), str):
        node["x-okta-codegen-title"] = node.pop("title")
    if isinstance(node.get("properties"), dict) and "type" not in node:
        node["type"] = "object"
    if node.get("type") == "array" and "items" not in node:
        node["items"] = {}  # an array of anything
    members = node.get("allOf")
    if isinstance(members, list) and len(members) > 1:
        kept = [m for m in members if not (isinstance(m, dict) and m and set(m) <= ANNOTATIONS)]
        if kept and len(kept) < len(members):
            for member in members:
                if member not in kept:
                    for key, value in member.items():
                        node.setdefault(key, value)
            node["allOf"] = kept


def drop_nullable(document: dict[str, Any]) -> None:
    """Every generated field accepts null already; `nullable` would only add `| None` twice."""
    for _, node in walk(document):
        if isinstance(node, dict) and node.get("nullable") is True and ("type" in node or "allOf" in node):
            del node["nullable"]


def split_multi_operations(view: ClientView, source: str) -> None:
    """One path item per operation: alternatives get `<path>#<operationId>` keys of their own."""
    result: dict[str, Any] = {}
    for op in generated_operations(view.document):
        operation_id = op.operation.get("operationId")
        if not isinstance(operation_id, str):
            raise SpecError(source, pointer("paths", op.path, op.method), "an operation needs an operationId")
        key = op.path if op.operation is op.base else f"{op.path}#{operation_id}"
        shared = {k: v for k, v in op.path_item.items() if k not in METHODS}
        target = result.setdefault(key, shared)
        target[op.method] = {k: v for k, v in op.operation.items() if k not in (MULTI, EXTENSIONS)}
        facts = _operation_facts(view.document, op.path, op.method, op.path_item, target[op.method])
        at = pointer("paths", op.path, op.method)
        metadata = operation_metadata(view.document, op.path_item, op.base, op.operation, source, at)
        facts.update(
            lifecycle=metadata.lifecycle,
            deprecated=metadata.deprecated,
            iam_permissions=list(metadata.iam_permissions),
            admin_roles=list(metadata.admin_roles),
            extensions=dict(op.operation.get(EXTENSIONS) or {}),
        )
        notes = docstring_notes(metadata, facts["auth"], facts["scopes"])
        extra = "\n".join(f"{key}: {value}" for key, value in facts["extensions"].items())
        _add_notes(target[op.method], "\n".join(filter(None, [notes, extra])))
        view.operations[operation_id] = facts
    view.document["paths"] = result
    # After every operation recorded its defaults: parameter components are shared between operations.
    drop_optional_defaults(view.document)


OPTIONAL_LOCATIONS = ("query", "header", "cookie")


def drop_optional_defaults(document: dict[str, Any]) -> None:
    """Let an optional query, header or cookie parameter default to UNSET, so an unset one is not sent.

    openapi-python-client would make the spec's default the Python default and send it on every call
    (`limit=200`); Okta applies its own default when the parameter is absent. The docstring keeps it.
    """
    found = list(((document.get("components") or {}).get("parameters") or {}).values())
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        found += list(item.get("parameters") or [])
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found += list(operation.get("parameters") or [])
    for parameter in found:
        if (
            isinstance(parameter, dict)
            and parameter.get("in") in OPTIONAL_LOCATIONS
            and not parameter.get("required")
            and isinstance(parameter.get("schema"), dict)
        ):
            parameter["schema"] = _without_default(document, parameter["schema"])


def _without_default(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` without its `default`; a referenced schema that has one is wrapped rather than changed."""
    if "$ref" in schema:
        try:
            target = resolve(document, schema["$ref"])
        except KeyError:
            return schema
        return {"allOf": [schema]} if isinstance(target, dict) and "default" in target else schema
    return {k: v for k, v in schema.items() if k != "default"}


def parameter_docs(parameters: list[dict[str, Any]], document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per `<in>:<name>`, the spec's description of a parameter and its default (None when it has none)."""
    docs: dict[str, dict[str, Any]] = {}
    for p in parameters:
        schema: Any = p.get("schema") if isinstance(p.get("schema"), dict) else {}
        if "$ref" in schema:
            try:
                schema = resolve(document, schema["$ref"])
            except KeyError:
                schema = {}
        description = p.get("description") or (schema.get("description") if isinstance(schema, dict) else None)
        docs[f"{p.get('in')}:{p.get('name')}"] = {
            "description": description if isinstance(description, str) else "",
            "default": schema.get("default") if isinstance(schema, dict) else None,
        }
    return docs


def _operation_facts(
    document: dict[str, Any], path: str, method: str, item: dict[str, Any], operation: dict[str, Any]
) -> dict[str, Any]:
    parameters = [
        resolve(document, p["$ref"]) if "$ref" in p else p
        for p in list(item.get("parameters") or []) + list(operation.get("parameters") or [])
    ]
    checks = [
        {"name": p["name"], "rules": {k: p["schema"][k] for k in CHECK_KEYWORDS if k in p["schema"]}}
        for p in parameters
        if p.get("in") == "path" and any(k in (p.get("schema") or {}) for k in CHECK_KEYWORDS)
    ]
    tags = operation.get("tags") or ["default"]
    return {
        "operation_id": operation["operationId"],
        "method": method.upper(),
        "path": path,
        "tag": tags[0],
        "scopes": list(operation.get(SCOPES) or []),
        "auth": list(operation.get(AUTH) or []),
        "content_types": _content_types(document, operation.get("requestBody")),
        "checks": checks,
        "fixed_query": dict(operation.get(FIXED_QUERY) or {}),
        "parameters": parameter_docs(parameters, document),
    }


def _content_types(document: dict[str, Any], body: Any) -> list[str]:
    if isinstance(body, dict) and "$ref" in body:
        body = resolve(document, body["$ref"])
    content = body.get("content") if isinstance(body, dict) else None
    return list(content) if isinstance(content, dict) else []


def _add_notes(operation: dict[str, Any], notes: str) -> None:
    """Append `notes` to the description, which openapi-python-client puts in every docstring."""
    if notes:
        description = operation.get("description")
        operation["description"] = f"{description.rstrip()}\n\n{notes}" if isinstance(description, str) else notes


def annotate_inheritance(schema: dict[str, Any]) -> None:
    parent = schema.get("x-okta-parent")
    if isinstance(parent, str):
        schema["x-okta-codegen-parent"] = schema_name(parent)


def annotate_discriminators(schemas: dict[str, Any]) -> None:
    """Record each discriminator's mapping to the schema itself and its subclasses.

    A mapping to a schema outside the class tree (ResendUserFactor maps to UserFactor's children)
    cannot give an instance of the class asked for: such values parse as the class itself.
    """
    for name, schema in schemas.items():
        discriminator = discriminator_of(schema)
        if not isinstance(discriminator, dict) or "properties" not in schema:
            continue
        mapping = {
            value: schema_name(ref)
            for value, ref in (discriminator.get("mapping") or {}).items()
            if isinstance(ref, str) and _descends(schemas, schema_name(ref), name)
        }
        if mapping:
            schema["x-okta-codegen-discriminator"] = {"property": discriminator["propertyName"], "mapping": mapping}


def _descends(schemas: dict[str, Any], name: str, ancestor: str) -> bool:
    seen: set[str] = set()
    while name not in seen:
        if name == ancestor:
            return True
        seen.add(name)
        parent = (schemas.get(name) or {}).get("x-okta-parent")
        if not isinstance(parent, str):
            return False
        name = schema_name(parent)
    return False


def annotate_secrets(name: str, schema: dict[str, Any]) -> None:
    secret = [
        prop_name
        for prop_name, prop in (schema.get("properties") or {}).items()
        if isinstance(prop, dict)
        and (prop.get("format") == "password" or prop_name in SECRET_NAMES or (name, prop_name) in SECRET_FIELDS)
    ]
    if secret:
        schema["x-okta-codegen-secret"] = secret


def annotate_fields(schema: dict[str, Any], document: dict[str, Any] | None = None) -> None:
    """Record read-only and free-form fields; free-form ones become `{}` for the generator.

    A field is read-only when it says so, when an `allOf` member does, or when the schema it refers to
    does (`status: {$ref: ApplicationLifecycleStatus}`, itself `readOnly: true`).
    """
    read_only, free_form = [], []
    for name, prop in schema["properties"].items():
        if not isinstance(prop, dict):
            continue
        if prop.get("readOnly") or _all_of_read_only(prop) or _refers_to_read_only(document, prop):
            read_only.append(name)
        if _is_free_form(prop):
            free_form.append(name)
            schema["properties"][name] = {k: prop[k] for k in ("description", "readOnly") if k in prop}
    if read_only:
        schema["x-okta-codegen-read-only"] = read_only
    if free_form:
        schema["x-okta-codegen-free-form"] = free_form


def _refers_to_read_only(document: dict[str, Any] | None, prop: dict[str, Any]) -> bool:
    refs = [prop.get("$ref")] + [part.get("$ref") for part in prop.get("allOf") or [] if isinstance(part, dict)]
    for ref in refs:
        if document is not None and isinstance(ref, str):
            try:
                target = resolve(document, ref)
            except KeyError:
                continue
            if isinstance(target, dict) and target.get("readOnly") is True:
                return True
    return False


def _all_of_read_only(prop: dict[str, Any]) -> bool:
    return any(isinstance(part, dict) and part.get("readOnly") for part in prop.get("allOf") or [])


def _is_free_form(prop: dict[str, Any]) -> bool:
    extra = prop.get("additionalProperties", True)
    return (
        prop.get("type") == "object"
        and not prop.get("properties")
        and (extra is True or extra == {})
        and "allOf" not in prop
    )
