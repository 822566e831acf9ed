"""What each contract check found, collected during the session and printed at its end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from . import _known
from ._spec import spec_operations, upstream_operation_count

TESTED, KNOWN, FAILED = "tested", "known exception", "failed"


@dataclass
class Results:
    prism: dict[str, str] = field(default_factory=dict)
    """operationId -> TESTED | KNOWN | FAILED, for the Prism round trip."""
    requests: dict[str, str] = field(default_factory=dict)
    """operationId -> outcome, for the openapi-core request validation."""
    responses: dict[str, str] = field(default_factory=dict)
    """operationId -> outcome, for the in-process parse of every documented response."""
    models: dict[str, str] = field(default_factory=dict)
    """schema name -> outcome, for the model round trip."""


RESULTS = Results()


def _line(label: str, outcomes: dict[str, str], total: int) -> str:
    counts = Counter(outcomes.values())
    missing = total - len(outcomes)
    text = f"{label}: {counts[TESTED]}/{total} passed, {counts[KNOWN]} known exceptions, {counts[FAILED]} failed"
    return text + (f", {missing} not run" if missing else "")


def report_lines() -> list[str]:
    """The coverage report: operations contract-tested / total, per tag, and every known exception."""
    operations = spec_operations()
    lines = [
        f"{len(operations)} generated functions for {upstream_operation_count()} spec operations "
        "(multi-operation bases counted once, covered by their alternatives)",
        _line("Prism round trip (request accepted, every documented status parsed)", RESULTS.prism, len(operations)),
        _line("openapi-core validation of the built request", RESULTS.requests, len(operations)),
        _line("in-process parse of every documented response", RESULTS.responses, len(operations)),
    ]
    if RESULTS.models:
        lines.append(_line("model round trip from_dict(to_dict(x)) == x", RESULTS.models, len(RESULTS.models)))
    lines.append("")
    lines.append(f"{'tag':<24}{'contract-tested':>16}{'total':>7}{'known':>7}{'failed':>8}")
    by_tag: dict[str, Counter[str]] = {}
    for operation_id, operation in operations.items():
        counts = by_tag.setdefault(operation.tag, Counter())
        counts["total"] += 1
        counts[RESULTS.prism.get(operation_id, "not run")] += 1
    for tag in sorted(by_tag):
        counts = by_tag[tag]
        lines.append(f"{tag:<24}{counts[TESTED]:>16}{counts['total']:>7}{counts[KNOWN]:>7}{counts[FAILED]:>8}")
    total = Counter(RESULTS.prism.values())
    lines.append(f"{'all':<24}{total[TESTED]:>16}{len(operations):>7}{total[KNOWN]:>7}{total[FAILED]:>8}")
    # Grouped by reason: one reason often covers several operations.
    grouped: dict[str, list[str]] = {}
    for check, known in (("Prism", _known.PRISM), ("response parse", _known.RESPONSES)):
        for operation_id, items in sorted(known.items()):
            for item in items:
                where = "all statuses" if item.status is None else f"status {item.status}"
                grouped.setdefault(f"{check}: {item.reason}", []).append(f"{operation_id} ({where})")
    for operation_id, reason in sorted(_known.REQUESTS.items()):
        grouped.setdefault(f"openapi-core: {reason}", []).append(operation_id)
    for name, reason in sorted(_known.MODELS.items()):
        grouped.setdefault(f"model round trip: {reason}", []).append(name)
    count = sum(len(names) for names in grouped.values())
    lines.append("")
    lines.append(f"known exceptions ({count}), by reason:" if count else "known exceptions: none")
    for reason, names in grouped.items():
        lines.append(f"- {reason}")
        lines.append(f"    {', '.join(names)}")
    return lines
