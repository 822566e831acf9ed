"""Status errors are raised after every ``okta_observe_response``, whatever the registration order;
hook data types import nothing heavy, and the hook modules form no import cycle."""

from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
from pathlib import Path

import httpx
import okta_plugins
import pluggy
import pytest
from okta_api.types import Operation
from okta_client import ForbiddenError, InsufficientScopeError, NotFoundError, OktaClient, load_config
from okta_plugins import OktaHooks, hookimpl
from okta_plugins import hookspecs as hookspecs_module

ORG = "https://dev-1.okta.com"
SCOPED = Operation(
    operation_id="listUsers", method="GET", path="/api/v1/users", tag="User", scopes=("okta.users.read",)
)


class Gone(NotFoundError):
    """What a third-party plugin raises for a 404 it knows more about."""


class GonePlugin:
    """Observes responses last among plain implementations, and registers after the built-ins."""

    @hookimpl(trylast=True)
    def okta_observe_response(self, response: httpx.Response) -> None:
        if response.status_code == 404:
            raise Gone(response)


def observe(hooks: OktaHooks, status: int) -> None:
    request = httpx.Request("GET", f"{ORG}/api/v1/users")
    response = httpx.Response(status, request=request, json={"errorCode": "E0000006"})
    hooks.observe_response(request, response, SCOPED, load_config(org_url=ORG, token="t"))


@pytest.mark.parametrize("order", [("okta.scopes", "okta.errors"), ("okta.errors", "okta.scopes")])
def test_scoped_403_is_insufficient_scope_in_any_registration_order(order: tuple[str, str]) -> None:
    modules = {"okta.scopes": "okta_plugins._forbidden", "okta.errors": "okta_plugins._status_errors"}
    manager = pluggy.PluginManager(hookspecs_module.PROJECT_NAME)
    manager.add_hookspecs(hookspecs_module)
    for name in order:
        manager.register(importlib.import_module(modules[name]), name=name)
    with pytest.raises(InsufficientScopeError):
        observe(OktaHooks(manager), 403)


def test_a_late_trylast_plugin_still_sees_the_error_response_first() -> None:
    client = OktaClient.from_config(org_url=ORG, token="t", plugins=[GonePlugin()])
    with pytest.raises(Gone):
        observe(client.hooks, 404)


def test_blocking_okta_errors_still_returns_raw_responses() -> None:
    client = OktaClient.from_config(org_url=ORG, token="t", plugins_block="okta.errors okta.scopes")
    observe(client.hooks, 403)  # nothing raised


def test_without_plugins_status_errors_are_the_generic_ones() -> None:
    client = OktaClient.from_config(org_url=ORG, token="t", plugins_block="okta.scopes")
    with pytest.raises(ForbiddenError) as info:
        observe(client.hooks, 403)
    assert type(info.value) is ForbiddenError


def test_hook_types_import_nothing_heavy() -> None:
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys\n"
        "from okta_plugins.types import CertificateUpload, Operation, RetryDecision\n"
        "print(sorted(m for m in ('httpx', 'pluggy', 'cryptography', 'jwt', 'okta_api') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "plugins"), *sys.path])}
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def _imports(path: Path, package: str) -> set[str]:
    """Modules of ``package`` that ``path`` imports anywhere (type-only and function-level imports too)."""
    module = ".".join(path.relative_to(Path(okta_plugins.__file__).parents[1]).with_suffix("").parts)
    module = module.removesuffix(".__init__")
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".")[: len(module.split(".")) - node.level + (1 if is_package else 0)]
                base = ".".join([*parts, *([base] if base else [])])
            if base.startswith(package):
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith(package))
    return found


def test_hookspecs_is_in_no_import_cycle() -> None:
    root = Path(okta_plugins.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        name = ".".join(path.relative_to(root.parent).with_suffix("").parts).removesuffix(".__init__")
        graph[name] = _imports(path, "okta_plugins")
    reachable, todo = set(), ["okta_plugins.hookspecs"]
    while todo:
        for target in graph.get(todo.pop(), set()) & graph.keys():
            if target not in reachable:
                reachable.add(target)
                todo.append(target)
    assert "okta_plugins.hookspecs" not in reachable, "hookspecs imports (maybe type-only) a module that imports it"
