"""The generated package's text is what a reader should see: no object reprs leaked from the generator."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import okta_api

# `<openapi_python_client.strings.UntrustedString object at 0x7f...>`: a template filter given an object, not text.
LEAKED_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def test_no_generated_file_holds_an_object_repr() -> None:
    root = Path(okta_api.__file__).parent
    leaked = [str(path.relative_to(root)) for path in root.rglob("*.py") if LEAKED_REPR.search(path.read_text())]
    assert not leaked, f"{len(leaked)} generated file(s) hold an object's repr, e.g. {leaked[:3]}"


# `[Activate User](#activate-user)`: an anchor into the Okta page the spec text came from; no page of ours has it.
ANCHOR_LINK = re.compile(r"\]\(#")


def test_no_generated_docstring_links_to_an_anchor_of_oktas_pages() -> None:
    root = Path(okta_api.__file__).parent
    linked = [str(path.relative_to(root)) for path in root.rglob("*.py") if ANCHOR_LINK.search(path.read_text())]
    assert not linked, f"{len(linked)} generated file(s) link to an in-page anchor, e.g. {linked[:3]}"


OPERATION_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _returns_section(docstring: str) -> str:
    """The text of a Google-style `Returns:` section, on one line."""
    section = docstring.split("\nReturns:\n", 1)[1]
    return " ".join(section.split())


def _is_overload(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "overload" for d in node.decorator_list)


def test_every_operation_docstring_returns_what_its_annotation_says() -> None:
    root = Path(okta_api.__file__).parent / "api"
    disagreeing = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.parse(path.read_text()).body:
            if (
                isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and node.name in OPERATION_FUNCTIONS
                and not _is_overload(node)  # a typing stub: the implementation after it has the docstring
            ):
                annotation = ast.unparse(node.returns) if node.returns else ""
                documented = _returns_section(ast.get_docstring(node) or "")
                if documented != annotation:
                    disagreeing.append(f"{path.relative_to(root)}:{node.name}: {documented!r} != {annotation!r}")
    assert not disagreeing, f"{len(disagreeing)} docstring(s) disagree, e.g. {disagreeing[:3]}"
