"""How a transform that repairs an upstream defect says what it changed: one stderr line per change.

The spec file is never edited; these lines are the record of every place the generated client
departs from it, in document order so two runs print the same thing.
"""

from __future__ import annotations

import sys


def report_repair(transform: str, source: str, at: str, change: str) -> None:
    """Print `okta_codegen: <transform>: <source>#<pointer>: <change>` to stderr."""
    print(f"okta_codegen: {transform}: {source}#{at}: {change}", file=sys.stderr)
