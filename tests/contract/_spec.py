"""The normalized spec as the contract tests see it: one entry per generated function.

A multi-operation base (`x-okta-multi-operation`) has no operationId and no function of its own;
each alternative is an operation here, on the base's real path and method.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# The build target under test (see noxfile's `targets`): its client is first on the path, its spec is here.
TARGET = os.environ.get("OKTA_CODEGEN_TARGET", "shipped")
SPEC_PATH = ROOT / "build" / ("okta-openapi.json" if TARGET == "shipped" else f"targets/{TARGET}/okta-openapi.json")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MULTI = "x-okta-multi-operation"


@dataclass(frozen=True)
class SpecOperation:
    """One operation the client has a function for."""

    operation_id: str
    tag: str
    method: str
    path: str
    operation: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]
    """Path-item and operation parameters, `$ref`s resolved; the operation's win by (name, in)."""
    alternative: bool
    """Whether this is one alternative of an `x-okta-multi-operation` base."""

    @property
    def statuses(self) -> list[int]:
        """The documented HTTP statuses, success first (`default` cannot be asked for)."""
        codes = [int(code) for code in self.operation.get("responses", {}) if code.isdigit()]
        return sorted(codes, key=lambda code: (not 200 <= code < 300, code))

    @property
    def default_status(self) -> int | None:
        """The status Prism answers when none is asked for: the lowest documented 2xx."""
        return next((code for code in sorted(self.statuses) if 200 <= code < 300), None)

    @property
    def bearer(self) -> bool:
        """Whether the operation takes only an OAuth 2.0 access token, not an SSWS API token (our governance API)."""
        schemes = {scheme for requirement in self.operation.get("security", []) for scheme in requirement}
        return "oauth2" in schemes and "apiToken" not in schemes


@cache
def normalize_spec() -> Path:
    """(Re)create build/okta-openapi.json with `python -m okta_codegen normalize`, once per process."""
    result = subprocess.run(
        [sys.executable, "-m", "okta_codegen", "normalize", "--root", str(ROOT), "--target", TARGET],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"`python -m okta_codegen normalize` failed:\n{result.stdout}{result.stderr}")
    return SPEC_PATH


@cache
def load_spec() -> dict[str, Any]:
    """The normalized spec, freshly written (shared: do not mutate)."""
    data: dict[str, Any] = json.loads(normalize_spec().read_text(encoding="utf-8"))
    return data


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """`node` with its `$ref` chain followed (local refs only, as the normalized spec has)."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"cannot resolve {ref!r}")
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _parameters(spec: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(spec, raw)
        merged[(parameter["name"], parameter["in"])] = parameter
    return tuple(merged.values())


@cache
def spec_operations() -> dict[str, SpecOperation]:
    """Every operation with a generated function, by operationId."""
    spec = load_spec()
    found: dict[str, SpecOperation] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            base = item.get(method)
            if not isinstance(base, dict):
                continue
            alternatives = base.get(MULTI)
            for operation in alternatives or [base]:
                operation_id = operation["operationId"]
                found[operation_id] = SpecOperation(
                    operation_id=operation_id,
                    tag=operation["tags"][0],
                    method=method.upper(),
                    path=path,
                    operation=operation,
                    parameters=_parameters(spec, item, operation),
                    alternative=bool(alternatives),
                )
    return found


def upstream_operation_count() -> int:
    """Operations as the spec counts them: a multi-operation base counts once."""
    spec = load_spec()
    return sum(isinstance(item.get(method), dict) for item in spec["paths"].values() for method in METHODS)


@cache
def generated_modules() -> dict[str, ModuleType]:
    """Every generated endpoint module, by its `OPERATION.operation_id`."""
    import okta_api.api

    modules: dict[str, ModuleType] = {}
    for tag in pkgutil.iter_modules(okta_api.api.__path__):
        package = importlib.import_module(f"okta_api.api.{tag.name}")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"okta_api.api.{tag.name}.{info.name}")
            modules[module.OPERATION.operation_id] = module
    return modules


@cache
def _class_names() -> dict[str, str]:
    """Each component schema's class name, as the generator gives it (tempPassword, then TempPassword2)."""
    from okta_codegen.client_view import component_class_names

    return component_class_names(load_spec().get("components", {}).get("schemas") or {})


def model_class(schema_name: str) -> type[Any] | None:
    """The generated class (model or enum) of a `#/components/schemas/<name>`.

    None for a schema that is no class: an array (AllCustomAAGUIDResponseObject), a union, a scalar.
    """
    import okta_api.models
    from openapi_python_client.strings import ClassName

    cls: type[Any] | None = getattr(okta_api.models, ClassName(_class_names().get(schema_name, schema_name), ""), None)
    return cls


def ref_name(schema: Any) -> str | None:
    """The component name a schema `$ref`s, if it is a plain ref."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref: str = schema["$ref"]
        if ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
    return None
