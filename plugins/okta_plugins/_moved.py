"""Old import paths kept for one release: each access warns and names the new path."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping
from typing import Any


def moved_attributes(old_module: str, moved: Mapping[str, str], stacklevel: int = 2) -> Callable[[str], Any]:
    """A module ``__getattr__`` serving ``moved`` (name -> module that now holds it) with a DeprecationWarning.

    The warning names ``okta_client.<name>``, the public path; ``moved`` says where the value lives.
    ``stacklevel`` points the warning at the importing line: 3 when another ``__getattr__`` calls this one.
    """

    def __getattr__(name: str) -> Any:
        module = moved.get(name)
        if module is None:
            raise AttributeError(f"module {old_module!r} has no attribute {name!r}")
        warnings.warn(
            f"{old_module}.{name} is deprecated and will be removed in the next release; "
            f"import it from okta_client instead (from okta_client import {name})",
            DeprecationWarning,
            stacklevel=stacklevel,
        )
        return getattr(importlib.import_module(module), name)

    return __getattr__
