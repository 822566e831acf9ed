"""The generated package's text is what a reader should see: no object reprs leaked from the generator."""

from __future__ import annotations

import re
from pathlib import Path

import okta_api

# `<openapi_python_client.strings.UntrustedString object at 0x7f...>`: a template filter given an object, not text.
LEAKED_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def test_no_generated_file_holds_an_object_repr() -> None:
    root = Path(okta_api.__file__).parent
    leaked = [str(path.relative_to(root)) for path in root.rglob("*.py") if LEAKED_REPR.search(path.read_text())]
    assert not leaked, f"{len(leaked)} generated file(s) hold an object's repr, e.g. {leaked[:3]}"
