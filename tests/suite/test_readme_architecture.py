"""The README's picture of which package imports which is the code's."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {
    "okta_api": ROOT / "generated" / "okta_api",
    "okta_plugins": ROOT / "plugins" / "okta_plugins",
    "okta_client": ROOT / "plugins" / "okta_client",
    "okta_codegen": ROOT / "generator" / "okta_codegen",
}
HEADING = "### At run time: which package imports which"
ARROW = re.compile(r"^(\w+) ─► (\w+)")
MODULE_NAME = re.compile(r"^(okta_api|okta_plugins|okta_client|okta_codegen)(\.\w+)*$")


def readme_edges() -> set[tuple[str, str]]:
    """The arrows between two of our packages in the README's picture."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    picture = text.split(HEADING, 1)[1].split("```", 2)[1]
    edges = set()
    for line in picture.splitlines():
        found = ARROW.match(line.strip())
        if found and found[1] in PACKAGES and found[2] in PACKAGES:
            edges.add((found[1], found[2]))
    return edges


def _imported(tree: ast.AST) -> set[str]:
    """Modules named by import statements (also under TYPE_CHECKING) and by lazy-import tables."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and MODULE_NAME.match(node.value)
        ):
            names.add(node.value)
    return names


def code_edges() -> set[tuple[str, str]]:
    edges = set()
    for package, folder in PACKAGES.items():
        for path in folder.rglob("*.py"):
            for name in _imported(ast.parse(path.read_text(encoding="utf-8"))):
                target = name.split(".")[0]
                if target in PACKAGES and target != package:
                    edges.add((package, target))
    return edges


def test_the_readme_picture_draws_exactly_the_imports_between_our_packages() -> None:
    assert readme_edges() == code_edges()


def test_the_picture_is_found_and_not_empty() -> None:
    # A picture that lost its arrows would fail the comparison above too; this says why.
    assert {("okta_plugins", "okta_api"), ("okta_client", "okta_plugins")} <= readme_edges()


def test_an_import_the_picture_lacks_is_caught() -> None:
    tree = ast.parse('"""okta_api"""\nif TYPE_CHECKING:\n    import okta_client\nX = {"okta_codegen.load": "load"}\n')
    assert _imported(tree) == {"okta_client", "okta_codegen.load"}
