"""Compare the transforms recorded in two generated packages' `_build.py` (see plugins.TransformRecord)."""

from __future__ import annotations

import ast
from pathlib import Path

Record = tuple[str, int, str, str]
FILE = "_build.py"


def recorded_transforms(package: Path) -> list[Record] | None:
    """The `TRANSFORMS` list of `package/_build.py`; None when the package has no such file."""
    path = package / FILE
    if not path.exists():
        return None
    for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
        if isinstance(node, ast.AnnAssign | ast.Assign) and "TRANSFORMS" in ast.unparse(node).split("=")[0]:
            value = node.value
            if value is not None:
                return [tuple(record) for record in ast.literal_eval(value)]
    return None


def transform_differences(committed: Path, regenerated: Path) -> list[str]:
    """How the transforms that built `committed` differ from those that built `regenerated`, plugin first."""
    before, after = recorded_transforms(committed), recorded_transforms(regenerated)
    if before is None or after is None or before == after:
        return []
    old = {record[0]: record for record in before}
    new = {record[0]: record for record in after}
    lines = [
        f"transform {name!r} ({_origin(old[name])}) ran for the committed tree but not now: uninstalled?"
        for name in old
        if name not in new
    ]
    lines += [
        f"transform {name!r} ({_origin(new[name])}) runs now but did not for the committed tree: newly installed?"
        for name in new
        if name not in old
    ]
    lines += [
        f"transform {name!r} was {_origin(old[name])}, order {old[name][1]} for the committed tree;"
        f" now {_origin(new[name])}, order {new[name][1]}"
        for name in new
        if name in old and old[name] != new[name]
    ]
    kept_old = [name for name in old if name in new]
    kept_new = [name for name in new if name in old]
    if not lines and kept_old != kept_new:
        lines.append(f"transforms run in another order: was {kept_old}, now {kept_new}")
    return lines


def _origin(record: Record) -> str:
    distribution, version = record[2], record[3]
    return f"{distribution} {version}" if distribution else "a plugin of no installed distribution"
