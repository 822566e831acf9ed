"""Our governance fragment against Okta's published description, through our own spec diff engine.

The two documents name their schemas and operations differently, and the engine compares a `$ref` by its
name. So each document is first made comparable: every schema an operation uses is written out in place
(references followed, `allOf` parts merged), which lets the engine compare field by field. Formats the
generated client does not type are dropped, as the engine itself treats them as plain strings.
"""

from __future__ import annotations

import copy
import fnmatch
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from okta_codegen.api_diff import TYPED_FORMATS, Change, diff_documents
from okta_codegen.load import load_document
from okta_codegen.operations import generated_operations
from okta_codegen.pin import fetch_pinned, read_pin
from okta_codegen.pipeline import Project
from okta_codegen.refs import resolve

Document = dict[str, Any]

# Parameter keywords the generated client checks or sends, compared outside the engine (which compares types).
CONSTRAINTS = ("pattern", "minLength", "maxLength", "minimum", "maximum", "default")
# Kinds that only say our operations and models are named differently: the operations still pair up by endpoint.
NAMING = frozenset({"operation renamed", "operation moved"})
PIN = "governance-reference.toml"


@dataclass(frozen=True)
class KnownDifference:
    """One accepted difference: `kind` and `subject` (a glob) select changes; `reason` says why."""

    kind: str
    subject: str
    reason: str

    def covers(self, change: Change) -> bool:
        return change.kind == self.kind and fnmatch.fnmatchcase(change.subject, self.subject)


def reference_document(root: Path) -> Document:
    """Okta's description as pinned in spec/governance-reference.toml, read like the upstream spec is."""
    inputs = Project(root).inputs
    pin = read_pin(inputs.spec_dir / PIN)
    return load_document(fetch_pinned(pin, inputs.shared_spec_dir, inputs.cache_dir), pin.file)


def read_known_differences(path: Path) -> list[KnownDifference]:
    """Every `[[difference]]` of the file; each needs a kind, a subject and a reason."""
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("difference", [])
    known = []
    for index, entry in enumerate(entries):
        missing = [key for key in ("kind", "subject", "reason") if not str(entry.get(key, "")).strip()]
        if missing:
            raise ValueError(f"{path}: difference #{index + 1} lacks {', '.join(missing)}")
        known.append(KnownDifference(entry["kind"], entry["subject"], entry["reason"]))
    return known


def differences(fragment: Document, reference: Document) -> list[Change]:
    """What the engine reports from the fragment to Okta's operations on the same endpoints, and constraints."""
    endpoints = {(op.path, op.method) for op in generated_operations(fragment)}
    ours, theirs = comparable(fragment, endpoints), comparable(reference, endpoints)
    changes = [change for change in diff_documents(ours, theirs).changes if change.kind not in NAMING]
    return changes + parameter_constraints(ours, theirs)


def comparable(document: Document, endpoints: set[tuple[str, str]]) -> Document:
    """The operations on `endpoints`, every schema in them written out; no named schemas left to compare."""
    paths: dict[str, Any] = {}
    for op in generated_operations(document):
        if (op.path, op.method) in endpoints:
            item = paths.setdefault(op.path, {})
            item[op.method] = _inline(document, copy.deepcopy(op.operation), ())
            if op.path_item.get("parameters"):
                item["parameters"] = _inline(document, copy.deepcopy(op.path_item["parameters"]), ())
    return {"openapi": document.get("openapi"), "info": document.get("info") or {}, "paths": paths}


def parameter_constraints(ours: Document, theirs: Document) -> list[Change]:
    """Pattern, length, range and default of each parameter both sides have, named like the engine does."""
    changes = []
    for op in generated_operations(ours):
        other = (theirs["paths"].get(op.path) or {}).get(op.method)
        if not isinstance(other, dict):
            continue
        mine, okta = _parameters(op.operation), _parameters(other)
        for key in sorted(mine.keys() & okta.keys()):
            for keyword in CONSTRAINTS:
                before, after = mine[key].get(keyword), okta[key].get(keyword)
                if before != after:
                    subject = f"`{other.get('operationId')}` {key[0]} parameter `{key[1]}` {keyword}"
                    changes.append(Change("parameter constraint", True, subject, f"`{before}` -> `{after}`"))
    return changes


def security_differences(fragment: Document, reference: Document) -> list[str]:
    """Scopes per endpoint, and the OAuth flows of the schemes, where they differ from Okta's."""
    found = []
    theirs = {(op.path, op.method): op.operation for op in generated_operations(reference)}
    for op in generated_operations(fragment):
        other = theirs.get((op.path, op.method)) or {}
        mine, okta = _scopes(op.operation), _scopes(other)
        if mine != okta:
            found.append(f"`{op.operation['operationId']}` scopes: {sorted(mine)} -> {sorted(okta)}")
    flows = {
        name: sorted((scheme.get("flows") or {}).keys())
        for document in (fragment, reference)
        for name, scheme in ((document.get("components") or {}).get("securitySchemes") or {}).items()
    }
    if len({tuple(value) for value in flows.values()}) > 1:
        found.append(f"OAuth flows differ: {flows}")
    return found


def render(changes: list[Change]) -> str:
    return "\n".join(f"- {c.kind}: {c.subject}" + (f": {c.detail}" if c.detail else "") for c in changes)


def _parameters(operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (str(p["in"]), str(p["name"])): p.get("schema") or {}
        for p in operation.get("parameters") or []
        if isinstance(p, dict) and "in" in p and "name" in p
    }


def _scopes(operation: dict[str, Any]) -> set[str]:
    requirements = operation.get("security") or []
    return {scope for requirement in requirements for scopes in requirement.values() for scope in scopes}


def _inline(document: Document, node: Any, seen: tuple[str, ...]) -> Any:
    """`node` with every `$ref` replaced by its target and every `allOf` merged; a cycle keeps its `$ref`."""
    if isinstance(node, list):
        return [_inline(document, value, seen) for value in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in seen:
            return node
        return _inline(document, copy.deepcopy(resolve(document, ref)), (*seen, ref))
    # Examples are data, not schemas: a `$ref`-looking key in one is not followed.
    out = {
        key: value if key in ("example", "examples") else _inline(document, value, seen) for key, value in node.items()
    }
    if isinstance(out.get("allOf"), list):
        parts = out.pop("allOf")
        for part in parts:
            out = _merged(out, part)
    if isinstance(out.get("format"), str) and out["format"] not in TYPED_FORMATS:
        del out["format"]
    return out


def _merged(base: dict[str, Any], part: Any) -> dict[str, Any]:
    """`base` and one `allOf` part as one schema: fields and required names united, a shared field merged."""
    if not isinstance(part, dict):
        return base
    merged = {**part, **base}
    properties = dict(part.get("properties") or {})
    for name, schema in (base.get("properties") or {}).items():
        properties[name] = _merged(schema, properties[name]) if name in properties else schema
    if properties:
        merged["properties"] = properties
    required = list(dict.fromkeys([*(base.get("required") or []), *(part.get("required") or [])]))
    if required:
        merged["required"] = required
    return merged
